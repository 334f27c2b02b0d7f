package org.raciplanner.fix;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Startup;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;

/**
 * Issue 16's done-when, over HTTP on the sources' startup: the suggestions for Dana's overload, her
 * role conflicts and the communication span each include one that, applied, clears its warning and
 * overloads nobody; the fix plan clears every ERROR and introduces none.
 */
@MicronautTest
class StartupFixesApiTest {

    @Inject
    Api api;

    @Test
    void danasOverloadHasASuggestionThatAppliedClearsItAndOverloadsNobody() {
        Startup s = api.startup();
        List<Map<String, Object>> suggestions = suggestions(s, "?code=CAPACITY_OVERLOAD&personId=" + s.dana());
        Map<String, Object> clean = suggestions.stream().filter(StartupFixesApiTest::clearsItAndOverloadsNobody).findFirst()
                .orElseThrow(() -> new AssertionError(titles(suggestions)));
        assertTrue(((String) clean.get("title")).contains("— Dana: 224 % → "), clean.get("title").toString());

        List<Map<String, Object>> after = apply(s, "Dana's overload", clean);
        assertFalse(after.stream().anyMatch(w -> w.get("code").equals("CAPACITY_OVERLOAD")), "nobody is overloaded: " + after);
    }

    @Test
    void eachOfDanasRoleConflictsAndTheSpanHaveOneThatClearsThem() {
        Startup s = api.startup();
        Map<Object, List<Map<String, Object>>> byWarning = suggestions(s, "").stream()
                .filter(x -> Set.of("ROLE_CONFLICT", "COMMUNICATION_SPAN").contains(warning(x).get("code")))
                .collect(Collectors.groupingBy(x -> warning(x).get("id")));
        assertEquals(3, byWarning.size(), byWarning.keySet().toString());
        byWarning.forEach((id, list) -> {
            assertTrue(list.size() <= 3, id + ": " + list.size());
            Map<String, Object> clean = list.stream().filter(StartupFixesApiTest::clearsItAndOverloadsNobody).findFirst()
                    .orElseThrow(() -> new AssertionError(id + ": " + titles(list)));
            Map<String, Object> preview = api.post(team(s) + "/what-if", Map.of("changes", clean.get("changes"))).expect(200).map();
            assertEquals(preview, clean.get("result"), "a suggestion is a what-if that has already been run");
        });
    }

    @Test
    void eachOfThemAppliedOnAStartupOfItsOwnClearsItsWarningAndOverloadsNobodyElse() {
        for (int i = 0; i < 3; i++) {
            Startup s = api.startup();
            Map<String, Object> target = api.get(team(s) + "/warnings").expect(200).list().stream()
                    .filter(w -> Set.of("ROLE_CONFLICT", "COMMUNICATION_SPAN").contains(w.get("code"))).toList().get(i);
            Map<String, Object> clean = suggestions(s, "").stream().filter(x -> warning(x).get("id").equals(target.get("id")))
                    .filter(StartupFixesApiTest::clearsItAndOverloadsNobody).findFirst().orElseThrow();
            List<Map<String, Object>> after = apply(s, "Fix " + i, clean);
            assertTrue(after.stream().noneMatch(w -> w.get("id").equals(target.get("id"))), target.get("id") + ": " + clean.get("title"));
            assertTrue(after.stream().filter(w -> w.get("code").equals("CAPACITY_OVERLOAD"))
                    .allMatch(w -> ((Number) w.get("personId")).longValue() == s.dana()), clean.get("title") + ": " + after);
        }
    }

    @Test
    void theSpanIsClearedByACoordinatorTakingTheRemotePeopleAndAppliedItIsGone() {
        Startup s = api.startup();
        s.remote().forEach(p -> api.patch(team(s) + "/people/" + p, map("remote", true)).expect(200));
        Map<String, Object> first = suggestions(s, "?code=COMMUNICATION_SPAN").get(0);
        assertTrue(((String) first.get("title")).contains("becomes project coordinator on Atlas launch and keeps 7 people in sync"
                + " for Dana (Remote 1, Remote 2, Remote 3, …)"), first.get("title").toString());
        List<Map<String, Object>> after = apply(s, "Coordinator", first);
        assertFalse(after.stream().anyMatch(w -> w.get("code").equals("COMMUNICATION_SPAN")), after.toString());
    }

    @Test
    void theFixPlanClearsEveryErrorIntroducesNoneAndIsTheSameTwice() {
        Startup s = api.startup();
        Map<String, Object> plan = api.post(team(s) + "/fix-plan", Map.of()).expect(201).map();
        assertTrue(((String) plan.get("name")).startsWith("Fix plan: 2 of 2 errors"), plan.get("name").toString());
        Map<?, ?> result = (Map<?, ?>) plan.get("result");
        assertEquals(map("before", 2, "after", 0), result.get("errors"));
        assertTrue(((List<?>) ((Map<?, ?>) result.get("warnings")).get("introduced")).stream()
                .noneMatch(w -> ((Map<?, ?>) w).get("severity").equals("ERROR")));
        Map<String, Object> again = api.post(team(s) + "/fix-plan", Map.of()).expect(201).map();
        assertEquals(plan.get("changes"), again.get("changes"), "the same team gives the same plan");

        api.post(team(s) + "/scenarios/" + plan.get("id") + "/apply", Map.of()).expect(200);
        List<Map<String, Object>> warnings = api.get(team(s) + "/warnings").expect(200).list();
        assertTrue(warnings.stream().noneMatch(w -> w.get("severity").equals("ERROR")), warnings.toString());
    }

    @Test
    void aFixPlanLoadsNobodyItProtectsAndKeepsToItsChanges() {
        Startup s = api.startup();
        Map<String, Object> plan = api.post(team(s) + "/fix-plan", map("protect", s.local(), "maxChanges", 3, "codes",
                List.of("CAPACITY_OVERLOAD", "NO_ACCOUNTABLE"))).expect(201).map();
        assertTrue(((List<?>) plan.get("changes")).size() <= 3, plan.get("changes").toString());
        for (Object load : (List<?>) ((Map<?, ?>) plan.get("result")).get("workload")) {
            Map<?, ?> l = (Map<?, ?>) load;
            if (s.local().contains(((Number) l.get("person")).longValue())) {
                assertTrue(hours(l.get("after")) <= hours(l.get("before")), l.toString());
            }
        }
    }

    @Test
    void refusesFiltersAndRequestsThatNameWhatTheTeamDoesNotHave() {
        Startup s = api.startup();
        String t = team(s);
        assertTrue(api.get(t + "/suggestions?code=NOPE").expect(400).problems().get(0).startsWith("code: 'NOPE' is not a warning"
                + " code; use one of NO_ACCOUNTABLE"));
        assertTrue(api.get(t + "/suggestions?personId=999999").expect(400).problems().get(0)
                .startsWith("personId: 999999 is not a person of this team; use one of " + s.dana() + " (Dana)"));
        assertTrue(api.get(t + "/suggestions?initiativeId=999999").expect(400).problems().get(0)
                .contains(s.product() + " (Atlas), " + s.project() + " (Atlas launch)"));
        api.get(t + "/suggestions?personId=dana").expect(400);
        assertEquals("maxChanges", field(api.post(t + "/fix-plan", map("maxChanges", 0)).expect(400).problems()));
        assertEquals("maxChanges", field(api.post(t + "/fix-plan", map("maxChanges", 501)).expect(400).problems()));
        assertEquals("protect[1]", field(api.post(t + "/fix-plan", map("protect", List.of(s.dana(), 999999))).expect(400).problems()));
        assertEquals("codes[0]", field(api.post(t + "/fix-plan", map("codes", List.of("NOPE"))).expect(400).problems()));
        assertEquals("colour", field(api.post(t + "/fix-plan", map("colour", "red")).expect(400).problems()));
        api.get("/api/v1/teams/999999/suggestions").expect(404);
    }

    @Test
    void aViewerMaySeeSuggestionsButNotSaveAFixPlan() {
        Startup s = api.startup();
        Api viewer = api.as(api.token(s.team(), "viewer", "VIEWER"));
        viewer.get(team(s) + "/suggestions?code=NO_ACCOUNTABLE").expect(200);
        viewer.post(team(s) + "/fix-plan", Map.of()).expect(403);
    }

    private List<Map<String, Object>> suggestions(Startup s, String query) {
        return api.get(team(s) + "/suggestions" + query).expect(200).list();
    }

    /** Saves and applies the suggestion; answers the warnings after. */
    private List<Map<String, Object>> apply(Startup s, String name, Map<String, Object> suggestion) {
        long id = api.post(team(s) + "/scenarios", map("name", name, "changes", suggestion.get("changes"))).expect(201).id();
        api.post(team(s) + "/scenarios/" + id + "/apply", Map.of()).expect(200);
        return api.get(team(s) + "/warnings").expect(200).list();
    }

    /** Its own warning is among the resolved, and nobody who gets busier is left with a CAPACITY_OVERLOAD. */
    @SuppressWarnings("unchecked")
    static boolean clearsItAndOverloadsNobody(Map<String, Object> suggestion) {
        Map<String, Object> result = (Map<String, Object>) suggestion.get("result");
        Map<String, Object> warnings = (Map<String, Object>) result.get("warnings");
        boolean cleared = ((List<Map<String, Object>>) warnings.get("resolved")).stream()
                .anyMatch(w -> w.get("id").equals(warning(suggestion).get("id")));
        Set<Object> over = ((List<Map<String, Object>>) warnings.get("introduced")).stream()
                .filter(w -> w.get("code").equals("CAPACITY_OVERLOAD")).map(w -> w.get("personId")).collect(Collectors.toSet());
        ((List<Map<String, Object>>) warnings.get("changed")).stream().map(c -> (Map<String, Object>) c.get("after"))
                .filter(w -> w.get("code").equals("CAPACITY_OVERLOAD")).forEach(w -> over.add(w.get("personId")));
        boolean overloads = ((List<Map<String, Object>>) result.get("workload")).stream()
                .anyMatch(l -> over.contains(l.get("person")) && hours(l.get("after")) > hours(l.get("before")));
        return cleared && !overloads;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> warning(Map<String, Object> suggestion) {
        return (Map<String, Object>) suggestion.get("warning");
    }

    private static double hours(Object load) {
        return load == null ? 0 : ((Number) ((Map<?, ?>) load).get("loadHours")).doubleValue();
    }

    private static String field(List<String> problems) {
        return problems.get(0).substring(0, problems.get(0).indexOf(':'));
    }

    private static String titles(List<Map<String, Object>> suggestions) {
        return suggestions.stream().map(x -> (String) x.get("title")).collect(Collectors.joining("\n"));
    }

    private static String team(Startup s) {
        return "/api/v1/teams/" + s.team();
    }
}

package org.raciplanner.warnings;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;
import static org.raciplanner.support.Api.staff;

/** domain.md's scenario, end to end over HTTP: it must hold in every version. */
@MicronautTest
class StartupScenarioApiTest {

    @Inject
    Api api;

    @Test
    void reportsDanasOverloadsAndTheBudgetWithoutOwner() {
        Startup s = api.startup();
        List<Map<String, Object>> warnings = warnings(s, "");
        Set<String> danas = codesFor(warnings, s.dana());
        assertTrue(danas.containsAll(Set.of("ROLE_CONFLICT", "ROLE_STACKING", "CAPACITY_OVERLOAD", "COMMUNICATION_SPAN")), danas.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.get("code").equals("NO_ACCOUNTABLE")
                && "budget".equals(w.get("responsibility")) && num(w.get("initiativeId")) == s.project()), "budget has no A");

        Map<String, Object> span = only(warnings, "COMMUNICATION_SPAN", s.dana());
        Map<?, ?> figures = (Map<?, ?>) span.get("figures");
        assertEquals(27, num(figures.get("span")));
        assertEquals(20, num(figures.get("limit")));
        assertEquals(s.project(), num(span.get("initiativeId")));
        assertTrue(span.get("advice").toString().toLowerCase().contains("coordinator"), span.get("advice").toString());

        assertEquals(2, warnings.stream().filter(w -> w.get("code").equals("ROLE_CONFLICT")).count(),
                "product manager + project manager, product manager + product owner");
    }

    @Test
    void capacityFiguresAddUpAndMatchTheWorkload() {
        Startup s = api.startup();
        Map<String, Object> overload = only(warnings(s, "?code=CAPACITY_OVERLOAD"), "CAPACITY_OVERLOAD", s.dana());
        Map<?, ?> figures = (Map<?, ?>) overload.get("figures");
        double load = dbl(figures.get("loadHours"));
        double capacity = dbl(figures.get("capacityHours"));
        assertEquals(40.0, capacity);
        assertEquals(Math.round(load / capacity * 1000) / 10.0, dbl(figures.get("loadPercent")), 0.11);
        assertEquals("ERROR", overload.get("severity"), "over 150 %: " + figures);

        Map<String, Object> dana = api.get("/api/v1/teams/" + s.team() + "/workload").expect(200).list().stream()
                .filter(w -> num(w.get("personId")) == s.dana()).findFirst().orElseThrow();
        assertEquals(load, dbl(dana.get("loadHours")));
        assertTrue(dbl(dana.get("loadPercent")) > 100);
        assertEquals(List.of("delivery-team", "product-manager", "product-owner", "project-manager").stream()
                .filter(r -> !r.equals("delivery-team")).toList(), dana.get("roles"));
    }

    @Test
    void aCoordinatorTakingTheRemoteTeamEndsTheSpanWarningAndASponsorEndsTheMissingOwner() {
        Startup s = api.startup();
        long coordinator = api.person(s.team(), "Casey Coordinator");
        List<Map<String, Object>> staffing = new ArrayList<>();
        staffing.add(staff("project-manager", s.dana()));
        staffing.add(staff("project-coordinator", coordinator));
        s.local().forEach(p -> staffing.add(staff("delivery-team", p)));
        s.remote().forEach(p -> staffing.add(staff("delivery-team", p, coordinator)));
        api.put(s.base(s.project()) + "/staffing", staffing).expect(200);

        List<Map<String, Object>> after = warnings(s, "?code=COMMUNICATION_SPAN");
        assertEquals(List.of(), after, "Dana syncs 7 local people and the coordinator (8); the coordinator syncs 20, at the limit");
        assertTrue(warnings(s, "").stream().anyMatch(w -> w.get("code").equals("NO_ACCOUNTABLE")));

        long sponsor = api.person(s.team(), "Sasha Sponsor");
        staffing.add(staff("sponsor", sponsor));
        api.put(s.base(s.project()) + "/staffing", staffing).expect(200);
        assertFalse(warnings(s, "").stream().anyMatch(w -> w.get("code").equals("NO_ACCOUNTABLE")));
    }

    @Test
    void fixingTheStructureMakesDanasWarningsGoAway() {
        Startup s = api.startup();
        long owner = api.person(s.team(), "Olivia Owner");
        long manager = api.person(s.team(), "Max Product");
        long coordinator = api.person(s.team(), "Casey Coordinator");
        long sponsor = api.person(s.team(), "Sasha Sponsor");
        api.put(s.base(s.product()) + "/staffing", List.of(staff("product-manager", manager), staff("product-owner", owner)))
                .expect(200);
        List<Map<String, Object>> staffing = new ArrayList<>();
        staffing.add(staff("project-manager", s.dana()));
        staffing.add(staff("project-coordinator", coordinator));
        staffing.add(staff("sponsor", sponsor));
        s.local().forEach(p -> staffing.add(staff("delivery-team", p)));
        s.remote().forEach(p -> staffing.add(staff("delivery-team", p, coordinator)));
        api.put(s.base(s.project()) + "/staffing", staffing).expect(200);

        List<Map<String, Object>> warnings = warnings(s, "");
        Set<String> danas = codesFor(warnings, s.dana());
        for (String gone : List.of("ROLE_CONFLICT", "ROLE_STACKING", "CAPACITY_OVERLOAD", "COMMUNICATION_SPAN")) {
            assertFalse(danas.contains(gone), gone + " still reported: " + warnings);
        }
        assertFalse(warnings.stream().anyMatch(w -> w.get("code").equals("NO_ACCOUNTABLE")), warnings.toString());
    }

    @Test
    void filtersAndSortsTheWarnings() {
        Startup s = api.startup();
        List<Map<String, Object>> all = warnings(s, "");
        List<String> severities = all.stream().map(w -> (String) w.get("severity")).toList();
        List<String> sorted = new ArrayList<>(severities);
        sorted.sort((a, b) -> List.of("ERROR", "WARNING", "INFO").indexOf(a) - List.of("ERROR", "WARNING", "INFO").indexOf(b));
        assertEquals(sorted, severities, "sorted by severity");
        assertTrue(warnings(s, "?severity=ERROR").stream().allMatch(w -> w.get("severity").equals("ERROR")));
        assertTrue(warnings(s, "?personId=" + s.dana()).stream().allMatch(w -> num(w.get("personId")) == s.dana()));
        assertTrue(warnings(s, "?initiativeId=" + s.project()).stream().allMatch(w -> num(w.get("initiativeId")) == s.project()));
        assertEquals(1, warnings(s, "?code=role_stacking").size());
        assertTrue(api.get("/api/v1/teams/" + s.team() + "/warnings?code=NOPE").expect(400).problems().get(0).startsWith("code:"));
        api.get("/api/v1/teams/" + s.team() + "/warnings?severity=LOUD").expect(400);
        api.get("/api/v1/teams/999999/warnings").expect(404);
    }

    @Test
    void appliesAChangedLimitOnTheNextRequest() {
        Startup s = api.startup();
        assertEquals(1, warnings(s, "?code=ROLE_STACKING").size());
        api.patch("/api/v1/teams/" + s.team() + "/settings", map("maxRoles", 3)).expect(200);
        assertEquals(0, warnings(s, "?code=ROLE_STACKING").size(), "Dana holds exactly 3 roles, the new limit");
    }

    private List<Map<String, Object>> warnings(Startup s, String query) {
        return api.get("/api/v1/teams/" + s.team() + "/warnings" + query).expect(200).list();
    }

    private static Set<String> codesFor(List<Map<String, Object>> warnings, long person) {
        return warnings.stream().filter(w -> w.get("personId") != null && num(w.get("personId")) == person)
                .map(w -> (String) w.get("code")).collect(Collectors.toSet());
    }

    private static Map<String, Object> only(List<Map<String, Object>> warnings, String code, long person) {
        List<Map<String, Object>> found = warnings.stream()
                .filter(w -> w.get("code").equals(code) && w.get("personId") != null && num(w.get("personId")) == person).toList();
        assertEquals(1, found.size(), code + " for " + person + ": " + found);
        return found.get(0);
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static double dbl(Object o) {
        return ((Number) o).doubleValue();
    }
}

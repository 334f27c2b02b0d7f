package org.raciplanner.planfile;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Reply;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "done when", through HTTP: the sources' startup made from one YAML file with one PUT,
 * exported back and put again without a change, then edited (a coordinator added, the remote people
 * routed through them), dry-run to exactly those changes with COMMUNICATION_SPAN resolved, and applied.
 */
@MicronautTest
class StartupPlanApiTest {

    static final String YAML = "application/yaml";

    @Inject
    Api api;

    @Test
    void createsTheStartupFromOneFileExportsItBackAndAppliesACoordinator() {
        long team = api.team("Startup");
        Map<String, Object> created = put(team, startup(), "").expect(200).map();
        assertEquals(28 + 2 + 2, changes(created).size(), "28 people, 2 initiatives and their staffing: " + created.get("changes"));
        assertTrue(codes(team).containsAll(Set.of("COMMUNICATION_SPAN", "ROLE_CONFLICT", "ROLE_STACKING", "CAPACITY_OVERLOAD",
                "NO_ACCOUNTABLE")), codes(team).toString());

        Reply exported = api.raw("GET", plan(team), null, null, Map.of("Accept", YAML)).expect(200);
        Map<String, Object> again = put(team, exported.body(), "").expect(200).map();
        assertEquals(List.of(), again.get("changes"), "the export put back changes nothing:\n" + exported.body());
        assertTrue(exported.body().contains("- {from: 2027-04-01, to: 2027-06-30, capacityHours: 20, note: Part-time}"),
                "Gus's part-time spell: " + exported.body());

        String etag = exported.header("ETag");
        Map<String, Object> dryRun = api.raw("PUT", plan(team) + "?dryRun=true", YAML, withCoordinator(), Map.of("If-Match", etag))
                .expect(200).map();
        assertEquals(List.of("create person casey@startup.example", "update staffing atlas-launch"),
                changes(dryRun).stream().map(c -> c.get("op") + " " + c.get("kind") + " " + c.get("key")).toList());
        assertEquals(etag, api.raw("GET", plan(team), null, null, Map.of()).header("ETag"), "a dry run saves nothing");
        assertTrue(resolvedCodes(dryRun).contains("COMMUNICATION_SPAN"), dryRun.get("result").toString());
        Map<?, ?> danasLoad = ((List<?>) ((Map<?, ?>) dryRun.get("result")).get("workload")).stream().map(l -> (Map<?, ?>) l)
                .filter(l -> "Dana Lead".equals(l.get("name"))).findFirst().orElseThrow(() -> new AssertionError(
                        "Atlas launch runs in January: Dana's peak moves even in a week it does not run"));
        assertTrue(((Number) ((Map<?, ?>) danasLoad.get("after")).get("peakLoadPercent")).doubleValue()
                < ((Number) ((Map<?, ?>) danasLoad.get("before")).get("peakLoadPercent")).doubleValue(), danasLoad.toString());
        assertTrue(codes(team).contains("COMMUNICATION_SPAN"));

        Map<String, Object> applied = api.raw("PUT", plan(team), YAML, withCoordinator(), Map.of("If-Match", etag)).expect(200).map();
        assertEquals(changes(dryRun), changes(applied));
        assertEquals(withoutPersonIds(dryRun), withoutPersonIds(applied), "the dry run showed what the apply did");
        assertFalse(codes(team).contains("COMMUNICATION_SPAN"), "Dana syncs 8 now, the coordinator 20");
        List<Map<String, Object>> history = api.get("/api/v1/teams/" + team + "/history?size=5").expect(200).list();
        assertEquals("plan.applied", history.get(0).get("action"));
        assertTrue(history.stream().allMatch(h -> "plan apply".equals(h.get("cause"))), history.toString());

        api.raw("PUT", plan(team), YAML, withCoordinator(), Map.of("If-Match", etag)).expect(412);
    }

    /** The README's example file. */
    static String startup() {
        try (InputStream in = StartupPlanApiTest.class.getResourceAsStream("/plans/startup.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example with Casey, a project coordinator, through whom the 20 remote people communicate. */
    static String withCoordinator() {
        String remote = IntStream.rangeClosed(1, 20).mapToObj(i -> "remote" + i + "@startup.example").collect(Collectors.joining(", "));
        String file = startup().replace("  remote1@startup.example: {name: Remote 1, remote: true}\n",
                "  casey@startup.example: {name: Casey, title: Project coordinator}\n  remote1@startup.example: {name: Remote 1, remote: true}\n");
        int start = file.indexOf("      delivery-team:");
        return file.substring(0, start)
                + "      project-coordinator: [casey@startup.example]\n"
                + "      delivery-team: [ana@startup.example, ben@startup.example, cai@startup.example, dev@startup.example,\n"
                + "        eli@startup.example, fay@startup.example, gus@startup.example,\n"
                + "        {people: [" + remote + "], communicatesVia: casey@startup.example}]\n";
    }

    /** The result, but the ids of people: a person a dry run creates gets an id the apply does not reuse. */
    static String withoutPersonIds(Map<String, Object> outcome) {
        return outcome.get("result").toString().replaceAll("person=\\d+", "person=_");
    }

    private Reply put(long team, String yaml, String query) {
        return api.raw("PUT", plan(team) + query, YAML, yaml, Map.of());
    }

    private static String plan(long team) {
        return "/api/v1/teams/" + team + "/plan";
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> changes(Map<String, Object> outcome) {
        return (List<Map<String, Object>>) outcome.get("changes");
    }

    @SuppressWarnings("unchecked")
    static List<String> resolvedCodes(Map<String, Object> outcome) {
        Map<String, Object> warnings = (Map<String, Object>) ((Map<String, Object>) outcome.get("result")).get("warnings");
        return ((List<Map<String, Object>>) warnings.get("resolved")).stream().map(w -> (String) w.get("code")).toList();
    }

    private Set<String> codes(long team) {
        return api.get("/api/v1/teams/" + team + "/warnings").expect(200).list().stream().map(w -> (String) w.get("code"))
                .collect(Collectors.toSet());
    }
}

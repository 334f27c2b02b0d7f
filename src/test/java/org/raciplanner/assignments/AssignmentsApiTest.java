package org.raciplanner.assignments;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Startup;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.staff;

/** A person's view: it agrees with the matrices, the workload and the warnings of the whole team. */
@MicronautTest
class AssignmentsApiTest {

    @Inject
    Api api;

    @Test
    @SuppressWarnings("unchecked")
    void showsDanasRolesAndCellsOnBothInitiativesAsTheMatricesHaveThem() {
        Startup s = api.startup();
        Map<String, Object> dana = assignments(s.team(), s.dana());

        List<Map<String, Object>> on = (List<Map<String, Object>>) dana.get("initiatives");
        assertEquals(List.of("Atlas", "Atlas launch"), on.stream().map(i -> i.get("name")).toList());
        assertEquals(List.of("product-manager", "product-owner"), on.get(0).get("roles"));
        assertEquals(List.of("project-manager"), on.get(1).get("roles"));
        for (Map<String, Object> initiative : on) {
            Map<String, Object> matrix = api.matrix(s.base(((Number) initiative.get("id")).longValue()));
            List<Object> danasCells = ((List<Map<String, Object>>) matrix.get("cells")).stream()
                    .filter(c -> ((Number) c.get("person")).longValue() == s.dana())
                    .map(c -> (Object) List.of(c.get("responsibility"), c.get("letters"), c.get("source"))).toList();
            assertEquals(danasCells, ((List<Map<String, Object>>) initiative.get("cells")).stream()
                    .map(c -> (Object) List.of(c.get("responsibility"), c.get("letters"), c.get("source"))).toList());
        }
        Map<String, Object> roadmap = ((List<Map<String, Object>>) on.get(0).get("cells")).stream()
                .filter(c -> c.get("responsibility").equals("roadmap")).findFirst().orElseThrow();
        assertEquals(Map.of("responsibility", "roadmap", "name", "Product roadmap", "category", "STRATEGY", "effortHours", 2,
                "letters", "RA", "source", "ROLE", "hours", 2.5), roadmap, "R 1.0 × 2 h + A 0.25 × 2 h");
    }

    @Test
    void agreesWithTheTeamsWorkloadAndWarningsForEveryoneAvailabilityWindowsIncluded() {
        Startup s = api.startup();
        long casey = api.person(s.team(), "Casey Coordinator");
        List<Map<String, Object>> staffing = new ArrayList<>(List.of(staff("project-manager", s.dana()),
                staff("project-coordinator", casey)));
        s.local().forEach(p -> staffing.add(staff("delivery-team", p)));
        s.remote().forEach(p -> staffing.add(staff("delivery-team", p, casey)));
        api.put(s.base(s.project()) + "/staffing", staffing).expect(200);
        long idle = api.person(s.team(), "Idle");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        api.put("/api/v1/teams/" + s.team() + "/people/" + s.local().get(0) + "/availability", List.of(Map.of(
                "from", today.minusDays(7).toString(), "to", today.plusDays(7).toString(), "capacityHours", 0, "note", "Holiday")))
                .expect(200);
        api.put("/api/v1/teams/" + s.team() + "/people/" + s.dana() + "/availability", List.of(Map.of(
                "from", today.plusDays(21).toString(), "to", today.plusDays(60).toString(), "capacityHours", 20)))
                .expect(200);

        List<Map<String, Object>> workload = api.get("/api/v1/teams/" + s.team() + "/workload").expect(200).list();
        Map<String, Object> byWeek = api.get("/api/v1/teams/" + s.team() + "/workload?by=week").expect(200).map();
        for (Map<String, Object> line : workload) {
            long person = ((Number) line.get("personId")).longValue();
            Map<String, Object> view = assignments(s.team(), person);
            Map<?, ?> weekly = ((List<?>) byWeek.get("people")).stream().map(p -> (Map<?, ?>) p)
                    .filter(p -> ((Number) p.get("person")).longValue() == person).findFirst().orElseThrow();
            assertEquals(weekly.get("load"), ((List<?>) view.get("weeks")).stream().map(w -> (Map<?, ?>) w)
                    .map(w -> weekFigures(w)).toList(), "weeks of " + line.get("name"));
            assertEquals(((List<?>) byWeek.get("periods")).stream().map(p -> ((Map<?, ?>) p).get("start")).toList(),
                    ((List<?>) view.get("weeks")).stream().map(w -> ((Map<?, ?>) w).get("start")).toList());
            assertEquals(line.get("loadHours"), view.get("loadHours"), "load of " + line.get("name"));
            assertEquals(line.get("loadPercent"), view.get("loadPercent"), "load % of " + line.get("name"));
            assertEquals(api.get("/api/v1/teams/" + s.team() + "/warnings?personId=" + person).expect(200).list(), view.get("warnings"),
                    "warnings of " + line.get("name"));
        }
        Map<String, Object> coordinator = assignments(s.team(), casey);
        Map<?, ?> launch = (Map<?, ?>) ((List<?>) coordinator.get("initiatives")).get(0);
        assertTrue(((Number) launch.get("relayHours")).doubleValue() > 20, "Casey keeps the 20 remote people in sync: " + launch);
        Map<String, Object> nobody = assignments(s.team(), idle);
        assertEquals(List.of(), nobody.get("initiatives"));
        assertEquals(List.of("UNASSIGNED_PERSON"), ((List<?>) nobody.get("warnings")).stream().map(w -> ((Map<?, ?>) w).get("code")).toList());
    }

    @Test
    void answersAnotherTeamsPersonAsIfTheyDidNotExist() {
        long mine = api.team("Mine");
        long theirs = api.team("Theirs");
        long lee = api.person(theirs, "Lee");
        api.get("/api/v1/teams/" + mine + "/people/" + lee + "/assignments").expect(404);
        api.get("/api/v1/teams/987654/people/" + lee + "/assignments").expect(404);
        api.get("/api/v1/teams/" + theirs + "/people/987654/assignments").expect(404);
        api.get("/api/v1/teams/" + mine + "/people/" + lee + "/raci.xlsx").expect(404);
    }

    private Map<String, Object> assignments(long team, long person) {
        return api.get("/api/v1/teams/" + team + "/people/" + person + "/assignments").expect(200).map();
    }

    private static Map<String, Object> weekFigures(Map<?, ?> week) {
        Map<String, Object> figures = new java.util.LinkedHashMap<>();
        figures.put("loadHours", week.get("loadHours"));
        figures.put("capacityHours", week.get("capacityHours"));
        figures.put("loadPercent", week.get("loadPercent"));
        return figures;
    }
}

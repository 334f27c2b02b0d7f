package org.raciplanner.initiative;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;
import static org.raciplanner.support.Api.staff;

@MicronautTest
class InitiativeApiTest {

    @Inject
    Api api;

    @Test
    void createsAProgramWithAProjectInsideIt() {
        long team = api.team("Programs");
        long program = api.initiative(team, map("kind", "PROGRAM", "name", "Transformation"));
        var project = api.post("/api/v1/teams/" + team + "/initiatives", map("kind", "PROJECT", "name", "Phoenix",
                "parentId", program, "startDate", "2026-01-05", "endDate", "2026-06-30", "budget", 250000)).expect(201).map();
        assertEquals(program, ((Number) project.get("parentId")).longValue());
        assertEquals("2026-06-30", project.get("endDate"));
        assertEquals(250000, ((Number) project.get("budget")).intValue());
        assertEquals(2, api.get("/api/v1/teams/" + team + "/initiatives").expect(200).list().size());
        assertEquals(1, api.get("/api/v1/teams/" + team + "/initiatives?kind=PROGRAM").expect(200).list().size());
    }

    @Test
    void refusesBadInitiativesNamingTheField() {
        long team = api.team("Bad initiatives");
        String path = "/api/v1/teams/" + team + "/initiatives";
        assertEquals(List.of("endDate: endDate 2026-01-01 is before startDate 2026-02-01"), api.post(path,
                map("kind", "PROJECT", "name", "Late", "startDate", "2026-02-01", "endDate", "2026-01-01")).expect(400).problems());
        assertTrue(api.post(path, map("kind", "PLAN", "name", "x")).expect(400).body().contains("PROJECT, PRODUCT, PROGRAM"));
        api.post(path, map("name", "No kind")).expect(400);
        api.post(path, map("kind", "PROJECT", "name", "x", "budget", -1)).expect(400);
        assertEquals(List.of("template: 'nope' is not a known template"),
                api.post(path, map("kind", "PROJECT", "name", "x", "template", "nope")).expect(400).problems());
        assertEquals(List.of("parentId: initiative 999999 is not on this team"),
                api.post(path, map("kind", "PROJECT", "name", "x", "parentId", 999999)).expect(400).problems());
        long project = api.project(team, "Leaf");
        api.post(path, map("kind", "PROJECT", "name", "x", "parentId", project)).expect(400);
    }

    @Test
    void changesAnInitiativeAndRefusesACycle() {
        long team = api.team("Patch initiatives");
        long outer = api.initiative(team, map("kind", "PROGRAM", "name", "Outer"));
        long inner = api.initiative(team, map("kind", "PROGRAM", "name", "Inner", "parentId", outer));
        var renamed = api.patch("/api/v1/teams/" + team + "/initiatives/" + inner, map("name", "Inner ring")).expect(200).map();
        assertEquals("Inner ring", renamed.get("name"));
        api.patch("/api/v1/teams/" + team + "/initiatives/" + outer, map("parentId", inner)).expect(400);
        api.patch("/api/v1/teams/" + team + "/initiatives/" + inner, map("endDate", "2020-01-01", "startDate", "2021-01-01")).expect(400);
    }

    @Test
    void deletesAnInitiativeButNotAParentOfOthers() {
        long team = api.team("Delete initiatives");
        long program = api.initiative(team, map("kind", "PROGRAM", "name", "Umbrella"));
        long project = api.initiative(team, map("kind", "PROJECT", "name", "Child", "parentId", program));
        assertTrue(api.delete("/api/v1/teams/" + team + "/initiatives/" + program).expect(409)
                .map().get("detail").toString().contains("Child"));
        api.delete("/api/v1/teams/" + team + "/initiatives/" + project).expect(204);
        api.delete("/api/v1/teams/" + team + "/initiatives/" + program).expect(204);
        api.get("/api/v1/teams/" + team + "/initiatives/" + program).expect(404);
    }

    @Test
    void storesAndReturnsTheStaffing() {
        long team = api.team("Staffing");
        List<Long> p = api.people(team, "S", 3);
        long project = api.project(team, "Staffed");
        String path = "/api/v1/teams/" + team + "/initiatives/" + project + "/staffing";
        api.put(path, List.of(staff("project-manager", p.get(0)), staff("project-coordinator", p.get(1)),
                staff("delivery-team", p.get(2), p.get(1)))).expect(200);
        List<Map<String, Object>> staffing = api.get(path).expect(200).list();
        assertEquals(3, staffing.size());
        assertEquals(p.get(1).intValue(), staffing.get(2).get("communicatesVia"));

        api.put(path, List.of(staff("project-manager", p.get(2)))).expect(200);
        assertEquals(1, api.get(path).list().size());
    }

    @Test
    void refusesStaffingThatNamesPeopleOutsideTheTeamOrTheInitiative() {
        long team = api.team("Bad staffing");
        long other = api.team("Other");
        long stranger = api.person(other, "Stranger");
        List<Long> p = api.people(team, "B", 3);
        long project = api.project(team, "Guarded");
        String path = "/api/v1/teams/" + team + "/initiatives/" + project + "/staffing";
        api.put(path, List.of(staff("project-manager", p.get(0)))).expect(200);
        var reply = api.put(path, List.of(
                staff("project-manager", stranger),
                staff("delivery-team", p.get(0), p.get(2)),
                staff("Project Manager", p.get(1)),
                staff("sponsor", p.get(1), p.get(1)))).expect(400);
        assertEquals(List.of(
                "[0].person: person " + stranger + " is not on this team",
                "[1].communicatesVia: person " + p.get(2) + " is not staffed on this initiative",
                "[2].role: 'Project Manager' must be a role key like project-manager",
                "[3].communicatesVia: a person cannot communicate via themselves"), reply.problems());
        assertEquals(1, api.get(path).list().size(), "a refused staffing changes nothing");
    }
}

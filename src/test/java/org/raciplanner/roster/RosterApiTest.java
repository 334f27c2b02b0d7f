package org.raciplanner.roster;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;

@MicronautTest
class RosterApiTest {

    @Inject
    Api api;

    @Test
    void addsAPersonWithDefaults() {
        long team = api.team("Roster");
        var person = api.post("/api/v1/teams/" + team + "/people",
                map("name", "Dana Smith", "email", "dana@example.com", "title", "Product manager")).expect(201).map();
        assertEquals("Dana Smith", person.get("name"));
        assertEquals(40, person.get("capacityHours"));
        assertEquals(false, person.get("remote"));
        long id = ((Number) person.get("id")).longValue();
        assertEquals("Product manager", api.get("/api/v1/teams/" + team + "/people/" + id).expect(200).map().get("title"));
    }

    @Test
    void addsTenPeopleInOneBatchAndReadsThemBackInOrder() {
        long team = api.team("Batch");
        List<Long> ids = api.people(team, "Member", 10);
        assertEquals(10, ids.size());
        var reply = api.get("/api/v1/teams/" + team + "/people").expect(200);
        assertEquals("10", reply.header("X-Total-Count"));
        assertEquals(ids, reply.list().stream().map(p -> ((Number) p.get("id")).longValue()).toList());
        assertEquals("Member 1", reply.list().get(0).get("name"));
    }

    @Test
    void pagesThroughTheRoster() {
        long team = api.team("Pages");
        api.people(team, "P", 7);
        var page = api.get("/api/v1/teams/" + team + "/people?page=1&size=3").expect(200);
        assertEquals("7", page.header("X-Total-Count"));
        assertEquals(List.of("P 4", "P 5", "P 6"), page.list().stream().map(p -> p.get("name")).toList());
        api.get("/api/v1/teams/" + team + "/people?size=0").expect(400);
        api.get("/api/v1/teams/" + team + "/people?page=-1").expect(400);
    }

    @Test
    void rejectsTheWholeBatchNamingEveryBadRow() {
        long team = api.team("Bad batch");
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(map("name", "Good", "email", "good@example.com"));
        rows.add(map("name", "No mail", "email", "not-an-address"));
        rows.add(map("name", "", "email", "blank@example.com"));
        rows.add(map("name", "Busy", "email", "busy@example.com", "capacityHours", 500));
        var reply = api.post("/api/v1/teams/" + team + "/people/batch", rows).expect(400);
        List<String> problems = reply.problems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("[1].email:")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("[2].name:")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("[3].capacityHours:")), problems.toString());
        assertEquals("0", api.get("/api/v1/teams/" + team + "/people").header("X-Total-Count"));
    }

    @Test
    void refusesDuplicateEmailsWhateverTheirCase() {
        long team = api.team("Dupes");
        api.post("/api/v1/teams/" + team + "/people", map("name", "Dana", "email", "dana@example.com")).expect(201);
        var single = api.post("/api/v1/teams/" + team + "/people", map("name", "Dana 2", "email", "DANA@Example.com")).expect(409);
        assertTrue(single.problems().get(0).startsWith("email:"), single.body());

        var batch = api.post("/api/v1/teams/" + team + "/people/batch", List.of(
                map("name", "Lee", "email", "lee@example.com"),
                map("name", "Lee again", "email", "LEE@example.com"),
                map("name", "Dana again", "email", "dana@EXAMPLE.com"))).expect(409);
        assertEquals(List.of("[1].email: repeats the e-mail of row [0]",
                "[2].email: dana@EXAMPLE.com is already used by another person of this team"), batch.problems());
        assertEquals("1", api.get("/api/v1/teams/" + team + "/people").header("X-Total-Count"));
    }

    @Test
    void allowsTheSameEmailInAnotherTeam() {
        api.post("/api/v1/teams/" + api.team("A") + "/people", map("name", "Dana", "email", "dana@shared.example")).expect(201);
        api.post("/api/v1/teams/" + api.team("B") + "/people", map("name", "Dana", "email", "dana@shared.example")).expect(201);
    }

    @Test
    void changesAPersonAndRefusesAStaleVersion() {
        long team = api.team("Patch");
        long dana = api.person(team, "Dana");
        var changed = api.patch("/api/v1/teams/" + team + "/people/" + dana,
                map("capacityHours", 32, "remote", true, "version", 0)).expect(200).map();
        assertEquals(32, changed.get("capacityHours"));
        assertEquals(true, changed.get("remote"));
        assertEquals("Dana", changed.get("name"));
        assertEquals(1, changed.get("version"));
        api.patch("/api/v1/teams/" + team + "/people/" + dana, map("capacityHours", 20, "version", 0)).expect(409);
        api.patch("/api/v1/teams/" + team + "/people/" + dana, map("email", "nope")).expect(400);
        long lee = api.person(team, "Lee");
        api.patch("/api/v1/teams/" + team + "/people/" + lee, map("email", "DANA@example.com")).expect(409);
    }

    @Test
    void refusesToDeleteSomeoneWhoStillHoldsCellsNamingWhere() {
        long team = api.team("Delete");
        long dana = api.person(team, "Dana");
        long phoenix = api.project(team, "Phoenix");
        api.post("/api/v1/teams/" + team + "/initiatives/" + phoenix + "/responsibilities",
                map("key", "budget", "name", "Budget")).expect(201);
        api.put("/api/v1/teams/" + team + "/initiatives/" + phoenix + "/matrix/budget/" + dana, map("letters", "A")).expect(200);

        var refused = api.delete("/api/v1/teams/" + team + "/people/" + dana).expect(409);
        assertEquals(List.of("initiatives[" + phoenix + "]: Phoenix: 1 cell"), refused.problems());
        api.get("/api/v1/teams/" + team + "/people/" + dana).expect(200);

        api.delete("/api/v1/teams/" + team + "/people/" + dana + "?removeAssignments=true").expect(204);
        api.get("/api/v1/teams/" + team + "/people/" + dana).expect(404);
        var matrix = api.get("/api/v1/teams/" + team + "/initiatives/" + phoenix + "/matrix").expect(200).map();
        assertEquals(List.of(), matrix.get("cells"));
    }

    @Test
    void deletesSomeoneWhoHoldsNothing() {
        long team = api.team("Delete free");
        long lee = api.person(team, "Lee");
        api.delete("/api/v1/teams/" + team + "/people/" + lee).expect(204);
        api.delete("/api/v1/teams/" + team + "/people/" + lee).expect(404);
    }

    @Test
    void doesNotShowOneTeamsPeopleUnderAnother() {
        long a = api.team("Team A");
        long b = api.team("Team B");
        long dana = api.person(a, "Dana");
        api.get("/api/v1/teams/" + b + "/people/" + dana).expect(404);
        api.patch("/api/v1/teams/" + b + "/people/" + dana, map("name", "Mallory")).expect(404);
        api.delete("/api/v1/teams/" + b + "/people/" + dana).expect(404);
        assertNull(api.get("/api/v1/teams/" + a + "/people/" + dana).map().get("title"));
    }
}

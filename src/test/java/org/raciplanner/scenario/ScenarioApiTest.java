package org.raciplanner.scenario;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Reply;
import org.raciplanner.support.Previews;
import org.raciplanner.support.Startup;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;

/** Saved scenarios: kept, listed, read evaluated against the team as it is now, renamed, re-based, deleted. */
@MicronautTest
class ScenarioApiTest {

    @Inject
    Api api;

    @Test
    void savesAScenarioWithItsResultAndBaseAndChangesNothingOfTheTeam() {
        Startup s = api.startup();
        String team = "/api/v1/teams/" + s.team();
        Map<String, Object> preview = api.post(team + "/what-if", Map.of("changes", Previews.relieveDana(s))).expect(200).map();
        Reply saved = api.post(team + "/scenarios", map("name", "Relieve Dana", "changes", Previews.relieveDana(s))).expect(201);
        Map<String, Object> scenario = saved.map();
        assertEquals(team + "/scenarios/" + scenario.get("id"), saved.header("Location"));
        assertEquals("Relieve Dana", scenario.get("name"));
        assertEquals(preview, scenario.get("result"));
        assertEquals(false, scenario.get("stale"));
        assertEquals(scenario.get("teamVersion"), scenario.get("baseVersion"));
        assertEquals(Previews.relieveDana(s).toString(), scenario.get("changes").toString());
        assertEquals("operator", scenario.get("createdBy"));

        Map<String, Object> read = api.get(team + "/scenarios/" + scenario.get("id")).expect(200).map();
        assertEquals(scenario.get("baseVersion"), read.get("baseVersion"), "saving a scenario moves no version");
        assertEquals(false, read.get("stale"));
        assertEquals(List.of(map("id", scenario.get("id"), "name", "Relieve Dana", "baseVersion", scenario.get("baseVersion"),
                        "stale", false, "changeCount", 4, "createdBy", "operator", "createdAt", scenario.get("createdAt"),
                        "updatedAt", scenario.get("updatedAt"))).toString(),
                api.get(team + "/scenarios").expect(200).list().toString());
    }

    @Test
    void isReEvaluatedWhenReadAndStaleOnceTheTeamChanged() {
        Startup s = api.startup();
        String team = "/api/v1/teams/" + s.team();
        long id = Previews.saveReliefOfDana(api, s);
        api.put(s.base(s.product()) + "/matrix/roadmap/" + s.local().get(2), map("letters", "R")).expect(200);

        Map<String, Object> read = api.get(team + "/scenarios/" + id).expect(200).map();
        assertEquals(true, read.get("stale"));
        assertTrue((Long.parseLong(read.get("teamVersion").toString())) > Long.parseLong(read.get("baseVersion").toString()));
        assertEquals(api.post(team + "/what-if", Map.of("changes", Previews.relieveDana(s))).expect(200).map(), read.get("result"),
                "the result against the team as it is now");
        assertEquals(true, api.get(team + "/scenarios").expect(200).list().get(0).get("stale"));
    }

    @Test
    void saysWhereAScenarioNoLongerFitsTheTeam() {
        Startup s = api.startup();
        String team = "/api/v1/teams/" + s.team();
        long lee = api.person(s.team(), "Lee");
        long id = api.post(team + "/scenarios", map("name", "Lee on the budget", "changes", List.of(
                map("type", "setCell", "initiativeId", s.project(), "responsibility", "budget", "person", lee, "letters", "A"))))
                .expect(201).id();
        api.delete(team + "/people/" + lee).expect(204);
        Map<String, Object> read = api.get(team + "/scenarios/" + id).expect(200).map();
        assertNull(read.get("result"));
        assertEquals(List.of(map("field", "changes[0].person", "message", "person " + lee + " is not on this team")).toString(),
                read.get("problems").toString());
        assertEquals(409, api.post(team + "/scenarios/" + id + "/apply", Map.of()).status());
    }

    @Test
    void renamesKeepingTheBaseAndTakesNewChangesAgainstTheTeamAsItIsNow() {
        Startup s = api.startup();
        String team = "/api/v1/teams/" + s.team();
        Map<String, Object> created = api.post(team + "/scenarios", map("name", "First", "changes", List.of())).expect(201).map();
        String path = team + "/scenarios/" + created.get("id");
        api.put(s.base(s.product()) + "/matrix/roadmap/" + s.local().get(2), map("letters", "R")).expect(200);

        Map<String, Object> renamed = api.patch(path, map("name", "Relieve Dana")).expect(200).map();
        assertEquals("Relieve Dana", renamed.get("name"));
        assertEquals(created.get("baseVersion"), renamed.get("baseVersion"));
        assertEquals(true, renamed.get("stale"));

        Map<String, Object> rebased = api.patch(path, map("changes", Previews.relieveDana(s))).expect(200).map();
        assertEquals(false, rebased.get("stale"), "new changes are based on the team the client saw them against");
        assertEquals(4, ((List<?>) rebased.get("changes")).size());
        assertEquals(List.of("changes[0].type: is required; one of setCell, moveCell, staff, unstaff, setCapacity,"
                + " setCommunicatesVia, addPerson, setAvailability, addResponsibility"), api.patch(path, map("changes", List.of(Map.of()))).expect(400).problems());
        assertEquals(List.of("name: cannot be cleared; leave it out to keep it, or send a value"),
                api.patch(path, map("name", null)).expect(400).problems());

        api.delete(path).expect(204);
        api.get(path).expect(404);
        assertEquals(List.of(), api.get(team + "/scenarios").expect(200).list());
    }

    @Test
    void aViewerMayPreviewButNeitherSaveNorApply() {
        Startup s = api.startup();
        String team = "/api/v1/teams/" + s.team();
        long id = Previews.saveReliefOfDana(api, s);
        Api viewer = api.as(api.token(s.team(), "val", "VIEWER"));
        viewer.post(team + "/what-if", Map.of("changes", Previews.relieveDana(s))).expect(200);
        viewer.get(team + "/scenarios/" + id).expect(200);
        viewer.post(team + "/scenarios", map("name", "Mine", "changes", List.of())).expect(403);
        viewer.post(team + "/scenarios/" + id + "/apply", Map.of()).expect(403);
        viewer.patch(team + "/scenarios/" + id, map("name", "Mine")).expect(403);
        viewer.delete(team + "/scenarios/" + id).expect(403);
        Api editor = api.as(api.token(s.team(), "ed", "EDITOR"));
        editor.post(team + "/scenarios", map("name", "Mine", "changes", List.of())).expect(201);
    }

    @Test
    void anotherTeamsScenarioIsNotFound() {
        Startup s = api.startup();
        long id = api.post("/api/v1/teams/" + s.team() + "/scenarios", map("name", "Relieve Dana", "changes", List.of()))
                .expect(201).id();
        long other = api.team("Other");
        String elsewhere = "/api/v1/teams/" + other + "/scenarios/" + id;
        api.get(elsewhere).expect(404);
        api.patch(elsewhere, map("name", "Taken")).expect(404);
        api.post(elsewhere + "/apply", Map.of()).expect(404);
        api.delete(elsewhere).expect(404);
        String token = api.token(other, "other-admin", "ADMIN");
        api.as(token).get("/api/v1/teams/" + s.team() + "/scenarios/" + id).expect(404);
        assertFalse(api.get("/api/v1/teams/" + other + "/scenarios").expect(200).list().iterator().hasNext());
    }

    @Test
    void refusesABadNameAndChangesThatDoNotFit() {
        Startup s = api.startup();
        String team = "/api/v1/teams/" + s.team();
        api.post(team + "/scenarios", map("name", " ", "changes", List.of())).expect(400);
        assertEquals(List.of("changes[0].person: person 99999 is not on this team"), api.post(team + "/scenarios",
                map("name", "Ghost", "changes", List.of(map("type", "setCapacity", "person", 99999, "capacityHours", 20))))
                .expect(422).problems());
        assertEquals(List.of(), api.get(team + "/scenarios").expect(200).list(), "nothing saved");
    }
}

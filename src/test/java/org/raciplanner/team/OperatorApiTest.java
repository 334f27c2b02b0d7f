package org.raciplanner.team;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Reply;
import org.raciplanner.support.TeamAccess;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;

/** What the operator sees of the teams it runs, and one precision for every timestamp. */
@MicronautTest
class OperatorApiTest {

    private static final String MILLIS = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z|\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";

    @Inject
    Api api;

    @Test
    void listsTeamsByPageWithIdsAndNamesOnly() {
        long first = api.team("Listed one");
        long second = api.team("Listed two");
        Reply all = api.get("/api/v1/teams?size=1000").expect(200);
        int total = Integer.parseInt(all.header("X-Total-Count"));

        assertTrue(all.list().contains(map("id", (int) first, "name", "Listed one")), all.body());
        assertEquals(Map.of("id", (int) second, "name", "Listed two"), all.list().get(total - 1));
        Reply page = api.get("/api/v1/teams?page=1&size=1").expect(200);
        assertEquals(1, page.list().size());
        assertEquals(String.valueOf(total), page.header("X-Total-Count"));
        api.get("/api/v1/teams?size=0").expect(400);
    }

    @Test
    void readsTheSettingsOnTheirOwn() {
        TeamAccess team = api.teamWithToken("Settings");
        api.patch("/api/v1/teams/" + team.id() + "/settings", map("maxRoles", 4)).expect(200);
        String viewer = api.token(team.id(), "viewer", "VIEWER");

        Map<String, Object> settings = api.as(viewer).get("/api/v1/teams/" + team.id() + "/settings").expect(200).map();

        assertEquals(4, settings.get("maxRoles"));
        assertEquals(api.get("/api/v1/teams/" + team.id()).map().get("settings"), settings);
        api.as(viewer).patch("/api/v1/teams/" + team.id() + "/settings", map("maxRoles", 5)).expect(403);
    }

    @Test
    void showsEveryTimestampToTheMillisecondTheSameInWriteAndListAnswers() {
        long team = api.team("Clock");
        Map<String, Object> issued = api.post("/api/v1/teams/" + team + "/tokens", map("name", "lee", "role", "EDITOR")).expect(201).map();
        Map<String, Object> listed = api.get("/api/v1/teams/" + team + "/tokens").list().get(1);
        assertEquals(issued.get("createdAt"), listed.get("createdAt"));

        Map<String, Object> added = api.post("/api/v1/teams/" + team + "/people", map("name", "Dana", "email", "dana@example.com"))
                .expect(201).map();
        Map<String, Object> read = api.get("/api/v1/teams/" + team + "/people/" + added.get("id")).map();
        assertEquals(added.get("createdAt"), read.get("createdAt"));
        assertEquals(added.get("updatedAt"), read.get("updatedAt"));

        Map<String, Object> changed = api.patch("/api/v1/teams/" + team + "/people/" + added.get("id"), map("title", "Lead")).map();
        assertEquals(changed.get("updatedAt"), api.get("/api/v1/teams/" + team + "/people/" + added.get("id")).map().get("updatedAt"));

        List<Object> moments = List.of(issued.get("createdAt"), added.get("createdAt"), changed.get("updatedAt"),
                api.get("/api/v1/teams/" + team + "/history").list().get(0).get("at"));
        moments.forEach(m -> assertTrue(((String) m).matches(MILLIS), "not to the millisecond: " + m));
    }
}

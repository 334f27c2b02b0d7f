package org.raciplanner.access;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.TeamAccess;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@MicronautTest
class MeApiTest {

    @Inject
    Api api;

    @Test
    void tellsATeamTokenItsNameTeamAndRole() {
        TeamAccess team = api.teamWithToken("Acme");
        assertEquals(Map.of("tokenName", "admin", "role", "ADMIN", "teamId", (int) team.id(), "teamName", "Acme"),
                api.as(team.token()).get("/api/v1/me").expect(200).map());
        String viewer = api.as(team.token()).post("/api/v1/teams/" + team.id() + "/tokens",
                Map.of("name", "Lee", "role", "VIEWER")).expect(201).map().get("token").toString();
        var me = api.as(viewer).get("/api/v1/me").expect(200).map();
        assertEquals("Lee", me.get("tokenName"));
        assertEquals("VIEWER", me.get("role"));
    }

    @Test
    void tellsTheOperatorItBelongsToNoTeam() {
        var me = api.get("/api/v1/me").expect(200).map();
        assertEquals(Map.of("tokenName", "operator", "role", "OPERATOR"), me);
        assertFalse(me.containsKey("teamId"));
    }

    @Test
    void answersNoTokenOrAnUnknownOneWith401() {
        api.anonymous().get("/api/v1/me").expect(401);
        api.as("raci_" + "y".repeat(43)).get("/api/v1/me").expect(401);
    }
}

package org.raciplanner.team;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class TeamApiTest {

    @Inject
    Api api;

    @Test
    void createsATeamWithTheDefaultLimits() {
        var reply = api.post("/api/v1/teams", Map.of("name", "Acme")).expect(201);
        assertTrue(reply.header("Location").endsWith("/api/v1/teams/" + reply.id()));
        var settings = (Map<?, ?>) api.get("/api/v1/teams/" + reply.id()).expect(200).map().get("settings");
        assertEquals(12, settings.get("maxAccountable"));
        assertEquals(2, settings.get("maxRoles"));
        assertEquals(5, settings.get("maxConsulted"));
        assertEquals(3, settings.get("maxResponsible"));
        assertEquals(20, settings.get("maxCommunicationSpan"));
        assertEquals(100, settings.get("capacityWarnPercent"));
        assertEquals(150, settings.get("capacityErrorPercent"));
        assertEquals(60, settings.get("singlePointPercent"));
    }

    @Test
    void changesOnlyTheLimitsItIsGiven() {
        long team = api.team("Limits");
        var settings = api.patch("/api/v1/teams/" + team + "/settings", Map.of("maxRoles", 3, "maxConsulted", 8)).expect(200).map();
        assertEquals(3, settings.get("maxRoles"));
        assertEquals(8, settings.get("maxConsulted"));
        assertEquals(12, settings.get("maxAccountable"));
        assertEquals(3, ((Map<?, ?>) api.get("/api/v1/teams/" + team).map().get("settings")).get("maxRoles"));
    }

    @Test
    void refusesLimitsOutOfRangeNamingEachField() {
        long team = api.team("Bad limits");
        var reply = api.patch("/api/v1/teams/" + team + "/settings", Map.of("maxRoles", 0, "singlePointPercent", 101)).expect(400);
        assertEquals("application/problem+json", reply.header("Content-Type"));
        assertTrue(reply.problems().stream().anyMatch(p -> p.startsWith("maxRoles:")), reply.body());
        assertTrue(reply.problems().stream().anyMatch(p -> p.startsWith("singlePointPercent:")), reply.body());
        api.patch("/api/v1/teams/" + team + "/settings", Map.of("capacityWarnPercent", 200)).expect(400);
    }

    @Test
    void refusesATeamWithoutAName() {
        var reply = api.post("/api/v1/teams", Map.of("name", " ")).expect(400);
        assertEquals("name: must not be blank", reply.problems().get(0));
        api.post("/api/v1/teams", Map.of("name", "x".repeat(201))).expect(400);
    }

    @Test
    void answers404ForAnUnknownTeam() {
        var reply = api.get("/api/v1/teams/987654").expect(404);
        assertEquals("Team 987654 was not found", reply.map().get("detail"));
        api.patch("/api/v1/teams/987654/settings", Map.of("maxRoles", 3)).expect(404);
        api.get("/api/v1/teams/987654/people").expect(404);
    }
}

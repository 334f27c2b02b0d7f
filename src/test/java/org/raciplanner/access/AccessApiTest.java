package org.raciplanner.access;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.TeamAccess;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;

@MicronautTest
class AccessApiTest {

    @Inject
    Api api;

    @Test
    void answersNothingButHealthAndTheApiDocumentWithoutAToken() {
        Api nobody = api.anonymous();
        var refused = nobody.get("/api/v1/templates").expect(401);
        assertEquals("application/problem+json", refused.header("Content-Type"));
        assertEquals("Bearer", refused.header("WWW-Authenticate"));
        assertEquals("This needs a token: send the header Authorization: Bearer <token>", refused.map().get("detail"));
        nobody.post("/api/v1/teams", Map.of("name", "Sneaky")).expect(401);
        nobody.get("/api/v1/teams/1/people").expect(401);
        nobody.get("/api/v1/nothing-here").expect(401);
        nobody.get("/health").expect(200);
        nobody.get("/swagger/raci-planner.yml").expect(200);
        nobody.get("/swagger-ui/index.html").expect(200);
    }

    @Test
    void exposesNoManagementEndpointButHealth() {
        for (String path : List.of("/beans", "/routes", "/env", "/loggers", "/info", "/threaddump")) {
            api.anonymous().get(path).expect(401);
            api.get(path).expect(403);
        }
    }

    @Test
    void refusesAnUnknownTokenWith401() {
        var refused = api.as("raci_" + "x".repeat(43)).get("/api/v1/templates").expect(401);
        assertEquals("The token was not recognised: it is mistyped or has been revoked", refused.map().get("detail"));
        api.as("").get("/api/v1/templates").expect(401);
    }

    @Test
    void answersANewTeamsAdminTokenOnceAndNeverItsSecretAgain() {
        TeamAccess team = api.teamWithToken("Acme");
        assertTrue(team.token().matches("raci_[A-Za-z0-9_-]{43}"), team.token());
        assertNull(api.as(team.token()).get("/api/v1/teams/" + team.id()).expect(200).map().get("token"));
        var tokens = api.as(team.token()).get("/api/v1/teams/" + team.id() + "/tokens").expect(200);
        assertEquals(List.of("admin"), tokens.list().stream().map(t -> t.get("name")).toList());
        assertEquals("ADMIN", tokens.list().get(0).get("role"));
        assertFalse(tokens.body().contains(team.token()));
        assertFalse(tokens.body().contains("\"token\""), tokens.body());
    }

    @Test
    void issuesTokensOfEachRoleThatWorkAtOnce() {
        TeamAccess team = api.teamWithToken("Issuer");
        var issued = api.as(team.token()).post("/api/v1/teams/" + team.id() + "/tokens", map("name", "Lee", "role", "EDITOR"))
                .expect(201).map();
        assertEquals("Lee", issued.get("name"));
        assertEquals("EDITOR", issued.get("role"));
        api.as((String) issued.get("token")).post("/api/v1/teams/" + team.id() + "/people",
                map("name", "Dana", "email", "dana@example.com")).expect(201);
    }

    @Test
    void answersAnotherTeamsTokenWith404AsIfTheTeamDidNotExist() {
        TeamAccess a = api.teamWithToken("A");
        TeamAccess b = api.teamWithToken("B");
        var foreign = api.as(b.token()).get("/api/v1/teams/" + a.id()).expect(404);
        var missing = api.as(b.token()).get("/api/v1/teams/987654").expect(404);
        assertEquals("Team " + a.id() + " was not found", foreign.map().get("detail"));
        assertEquals(missing.map().get("type"), foreign.map().get("type"));
        assertEquals(missing.body().replace("987654", String.valueOf(a.id())), foreign.body());
        api.as(b.token()).get("/api/v1/teams/" + b.id()).expect(200);
    }

    @Test
    void keepsATeamTokenInItsTeamWhateverThePathSpelling() {
        TeamAccess a = api.teamWithToken("Target");
        api.person(a.id(), "Hidden Person");
        TeamAccess b = api.teamWithToken("Intruder");
        Api intruder = api.as(b.token());
        for (String path : List.of("/api/v1/teams/" + b.id() + "/../" + a.id() + "/people",
                "/api/v1/teams/" + b.id() + "/%2E%2E/" + a.id() + "/people",
                "/api/v1/teams/" + b.id() + "%2F..%2F" + a.id() + "/people",
                "/api/v1/teams/0" + a.id() + "/people",
                "/api/v1/teams/" + a.id() + "/people/",
                "/api/v1/teams//" + a.id() + "/people")) {
            var reply = intruder.get(path);
            assertTrue(reply.status() == 404 || reply.status() == 400, path + " answered " + reply.status());
            assertFalse(reply.body().contains("Hidden"), path + ": " + reply.body());
        }
    }

    @Test
    void letsAViewerReadButNotWriteAndSaysWhy() {
        TeamAccess team = api.teamWithToken("Readers");
        String viewer = api.as(team.token()).token(team.id(), "auditor", "VIEWER");
        api.as(viewer).get("/api/v1/teams/" + team.id() + "/people").expect(200);
        api.as(viewer).get("/api/v1/templates").expect(200);
        var refused = api.as(viewer).post("/api/v1/teams/" + team.id() + "/people", map("name", "X", "email", "x@example.com"))
                .expect(403);
        assertEquals("application/problem+json", refused.header("Content-Type"));
        assertEquals("Token 'auditor' is a VIEWER token: it may read this team's data but not change it; "
                + "changes need an EDITOR or ADMIN token", refused.map().get("detail"));
    }

    @Test
    void keepsTokensAndSettingsForAdmins() {
        TeamAccess team = api.teamWithToken("Admins");
        String editor = api.as(team.token()).token(team.id(), "lee", "EDITOR");
        var refused = api.as(editor).get("/api/v1/teams/" + team.id() + "/tokens").expect(403);
        assertTrue(((String) refused.map().get("detail")).contains("needs an ADMIN token"), refused.body());
        api.as(editor).patch("/api/v1/teams/" + team.id() + "/settings", Map.of("maxRoles", 3)).expect(403);
        api.as(team.token()).patch("/api/v1/teams/" + team.id() + "/settings", Map.of("maxRoles", 3)).expect(200);
    }

    @Test
    void letsOnlyTheOperatorCreateTeams() {
        TeamAccess team = api.teamWithToken("Not an operator");
        var refused = api.as(team.token()).post("/api/v1/teams", Map.of("name", "Another")).expect(403);
        assertEquals("Only the operator token (RACI_ADMIN_TOKEN) may create teams", refused.map().get("detail"));
    }

    @Test
    void stopsARevokedTokenOnTheNextRequest() {
        TeamAccess team = api.teamWithToken("Revoke");
        var issued = api.as(team.token()).post("/api/v1/teams/" + team.id() + "/tokens", map("name", "temp", "role", "EDITOR"))
                .expect(201).map();
        Api temp = api.as((String) issued.get("token"));
        temp.get("/api/v1/teams/" + team.id()).expect(200);
        api.as(team.token()).delete("/api/v1/teams/" + team.id() + "/tokens/" + issued.get("id")).expect(204);
        temp.get("/api/v1/teams/" + team.id()).expect(401);
    }

    @Test
    void cannotRevokeAnotherTeamsToken() {
        TeamAccess a = api.teamWithToken("Owner");
        TeamAccess b = api.teamWithToken("Other");
        long bToken = ((Number) api.as(b.token()).get("/api/v1/teams/" + b.id() + "/tokens").list().get(0).get("id")).longValue();
        api.as(a.token()).delete("/api/v1/teams/" + a.id() + "/tokens/" + bToken).expect(404);
        api.as(a.token()).delete("/api/v1/teams/" + b.id() + "/tokens/" + bToken).expect(404);
        api.as(b.token()).get("/api/v1/teams/" + b.id()).expect(200);
    }

    @Test
    void refusesATokenWithAnUnknownRoleADuplicateOrTheOperatorsName() {
        TeamAccess team = api.teamWithToken("Names");
        var unknown = api.as(team.token()).post("/api/v1/teams/" + team.id() + "/tokens", map("name", "x", "role", "OWNER")).expect(400);
        assertEquals("application/problem+json", unknown.header("Content-Type"));
        var duplicate = api.as(team.token()).post("/api/v1/teams/" + team.id() + "/tokens", map("name", "admin", "role", "VIEWER"))
                .expect(409);
        assertEquals(List.of("name: is already the name of another token of this team"), duplicate.problems());
        var reserved = api.as(team.token()).post("/api/v1/teams/" + team.id() + "/tokens", map("name", "Operator", "role", "ADMIN"))
                .expect(400);
        assertEquals(List.of("name: is reserved: the history names the operator token so"), reserved.problems());
    }

    @Test
    void letsTheOperatorActOnEveryTeam() {
        TeamAccess team = api.teamWithToken("Operated");
        api.get("/api/v1/teams/" + team.id() + "/tokens").expect(200);
        api.patch("/api/v1/teams/" + team.id() + "/settings", Map.of("maxRoles", 4)).expect(200);
        api.get("/api/v1/teams/987654/tokens").expect(404);
    }
}

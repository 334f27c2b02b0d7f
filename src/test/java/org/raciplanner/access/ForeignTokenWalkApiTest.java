package org.raciplanner.access;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Reply;
import org.raciplanner.support.TeamAccess;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;
import static org.raciplanner.support.Api.staff;

/**
 * Walks every operation of the generated OpenAPI document, so a route added later is walked too:
 * with another team's token every path of team A answers 404, exactly as for a team that does not
 * exist, and A is left unchanged; without a token every API path answers 401.
 */
@MicronautTest
class ForeignTokenWalkApiTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete", "head");

    @Inject
    Api api;

    /** One operation of the document with team A's real ids in place of its variables. */
    record Operation(String method, String template, String path) {
    }

    @Test
    void answersEveryPathOfAnotherTeamWith404AndChangesNothing() throws IOException {
        TeamAccess a = api.teamWithToken("A");
        List<Operation> operations = operationsOnTeam(a);
        TeamAccess b = api.teamWithToken("B");
        String historyOfA = api.get("/api/v1/teams/" + a.id() + "/history").body();

        List<String> teamPaths = new ArrayList<>();
        for (Operation op : operations) {
            Reply reply = send(api.as(b.token()), op);
            if (op.template().startsWith("/api/v1/teams/{teamId}")) {
                teamPaths.add(op.method() + " " + op.template());
                assertEquals(404, reply.status(), op + " answered " + reply.body());
                assertEquals("Team " + a.id() + " was not found", reply.map().get("detail"), op.toString());
            } else {
                assertTrue(reply.status() != 401 && reply.status() < 500, op + " answered " + reply.status());
            }
        }
        assertTrue(teamPaths.size() >= 28, "walked only " + teamPaths);
        assertEquals(historyOfA, api.get("/api/v1/teams/" + a.id() + "/history").body());
    }

    @Test
    void answersEveryApiPathWithoutATokenWith401() throws IOException {
        TeamAccess a = api.teamWithToken("Closed");
        for (Operation op : operationsOnTeam(a)) {
            Reply reply = send(api.anonymous(), op);
            assertEquals(401, reply.status(), op + " answered " + reply.body());
            assertEquals("application/problem+json", reply.header("Content-Type"), op.toString());
        }
    }

    /** Team A with one of everything, so that every path variable has a real value to stand for. */
    private List<Operation> operationsOnTeam(TeamAccess a) throws IOException {
        long dana = api.person(a.id(), "Dana");
        long project = api.project(a.id(), "Phoenix");
        String base = "/api/v1/teams/" + a.id() + "/initiatives/" + project;
        api.post(base + "/responsibilities", map("key", "risk", "name", "Risk")).expect(201);
        api.put(base + "/matrix/risk/" + dana, map("letters", "A")).expect(200);
        api.put(base + "/staffing", List.of(staff("sponsor", dana))).expect(200);
        Object tokenId = api.get("/api/v1/teams/" + a.id() + "/tokens").list().get(0).get("id");
        Map<String, String> values = Map.of("teamId", String.valueOf(a.id()), "personId", String.valueOf(dana),
                "initiativeId", String.valueOf(project), "responsibilityKey", "risk", "key", "risk",
                "tokenId", String.valueOf(tokenId));

        List<Operation> operations = new ArrayList<>();
        apiDocumentPaths().forEach((template, item) -> item.keySet().stream().filter(METHODS::contains).forEach(method -> {
            String path = template;
            for (Map.Entry<String, String> v : values.entrySet()) {
                path = path.replace("{" + v.getKey() + "}", v.getValue());
            }
            operations.add(new Operation(method.toUpperCase(), template, path.replaceAll("\\{[^}]+}", "1")));
        }));
        assertFalse(operations.isEmpty());
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> apiDocumentPaths() throws IOException {
        try (InputStream in = ForeignTokenWalkApiTest.class.getResourceAsStream("/META-INF/swagger/raci-planner.yml")) {
            Map<String, Object> document = new Yaml().load(in);
            return (Map<String, Map<String, Object>>) document.get("paths");
        }
    }

    private static Reply send(Api as, Operation op) {
        boolean write = Set.of("POST", "PUT", "PATCH").contains(op.method());
        return as.raw(op.method(), op.path(), write ? "application/json" : null, write ? "{}" : null);
    }
}

package org.raciplanner.access;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.raciplanner.support.Api;
import org.raciplanner.support.Reply;
import org.raciplanner.support.TeamAccess;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;
import static org.raciplanner.support.Api.staff;

/** Each role against each change (and the token list): allowed from the role the change needs, 403 below it. */
@MicronautTest
class RoleMatrixApiTest {

    private static final List<String> ROLES = List.of("VIEWER", "EDITOR", "ADMIN");

    @Inject
    Api api;

    /** A change a client can ask for; {t} {p1} {p2} {i1} {i2} {token} in the path stand for a fresh team's ids. */
    record Write(String name, String needs, String method, String path, Function<Team, Object> body) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A fresh team for each case: person p1 holds a cell, p2 nothing; initiative i2 can go. */
    record Team(long t, long p1, long p2, long i1, long i2, long token, String admin) {
        String fill(String path) {
            return path.replace("{t}", "" + t).replace("{p1}", "" + p1).replace("{p2}", "" + p2)
                    .replace("{i1}", "" + i1).replace("{i2}", "" + i2).replace("{token}", "" + token);
        }
    }

    static Stream<Arguments> everyRoleAgainstEveryWrite() {
        String team = "/api/v1/teams/{t}";
        String i1 = team + "/initiatives/{i1}";
        List<Write> writes = List.of(
                new Write("add a person", "EDITOR", "POST", team + "/people", t -> map("name", "Eve", "email", "eve@example.com")),
                new Write("add people in a batch", "EDITOR", "POST", team + "/people/batch",
                        t -> List.of(map("name", "Eve", "email", "eve@example.com"))),
                new Write("change a person", "EDITOR", "PATCH", team + "/people/{p1}", t -> map("title", "Sponsor")),
                new Write("delete a person", "EDITOR", "DELETE", team + "/people/{p2}", t -> null),
                new Write("create an initiative", "EDITOR", "POST", team + "/initiatives", t -> map("kind", "PROJECT", "name", "New")),
                new Write("change an initiative", "EDITOR", "PATCH", i1, t -> map("name", "Renamed")),
                new Write("delete an initiative", "EDITOR", "DELETE", team + "/initiatives/{i2}", t -> null),
                new Write("replace the staffing", "EDITOR", "PUT", i1 + "/staffing", t -> List.of(staff("sponsor", t.p1()))),
                new Write("add a responsibility", "EDITOR", "POST", i1 + "/responsibilities", t -> map("key", "audit", "name", "Audit")),
                new Write("change a responsibility", "EDITOR", "PATCH", i1 + "/responsibilities/risk", t -> map("name", "Risks")),
                new Write("delete a responsibility", "EDITOR", "DELETE", i1 + "/responsibilities/budget", t -> null),
                new Write("set a cell", "EDITOR", "PUT", i1 + "/matrix/risk/{p1}", t -> map("letters", "RA")),
                new Write("clear a cell", "EDITOR", "DELETE", i1 + "/matrix/risk/{p1}", t -> null),
                new Write("change the settings", "ADMIN", "PATCH", team + "/settings", t -> map("maxRoles", 3)),
                new Write("issue a token", "ADMIN", "POST", team + "/tokens", t -> map("name", "new", "role", "VIEWER")),
                new Write("list the tokens", "ADMIN", "GET", team + "/tokens", t -> null),
                new Write("revoke a token", "ADMIN", "DELETE", team + "/tokens/{token}", t -> null),
                new Write("create a team", "OPERATOR", "POST", "/api/v1/teams", t -> map("name", "Another")));
        return writes.stream().flatMap(w -> ROLES.stream().map(role -> Arguments.of(role, w)));
    }

    @ParameterizedTest(name = "{0} may {1}: as the role needs")
    @MethodSource("everyRoleAgainstEveryWrite")
    void allowsAChangeFromTheRoleItNeedsAndRefusesItBelow(String role, Write write) {
        Team team = freshTeam();
        String token = api.as(team.admin()).token(team.t(), "as-" + role.toLowerCase(), role);
        Reply reply = send(api.as(token), write.method(), team.fill(write.path()), write.body().apply(team));
        if (ROLES.contains(write.needs()) && ROLES.indexOf(role) >= ROLES.indexOf(write.needs())) {
            assertTrue(reply.status() >= 200 && reply.status() < 300, role + " may " + write + " but got " + reply.status() + " " + reply.body());
        } else {
            reply.expect(403);
            assertEquals("application/problem+json", reply.header("Content-Type"));
            assertTrue(((String) reply.map().get("detail")).contains(write.needs().equals("OPERATOR") ? "operator" : write.needs()),
                    reply.body());
        }
    }

    private Team freshTeam() {
        TeamAccess team = api.teamWithToken("Roles");
        long p1 = api.person(team.id(), "Dana");
        long p2 = api.person(team.id(), "Sam");
        long i1 = api.project(team.id(), "Phoenix");
        long i2 = api.project(team.id(), "Icarus");
        String base = "/api/v1/teams/" + team.id() + "/initiatives/" + i1;
        api.post(base + "/responsibilities", map("key", "risk", "name", "Risk")).expect(201);
        api.post(base + "/responsibilities", map("key", "budget", "name", "Budget")).expect(201);
        api.put(base + "/matrix/risk/" + p1, map("letters", "A")).expect(200);
        long spare = api.post("/api/v1/teams/" + team.id() + "/tokens", map("name", "spare", "role", "VIEWER")).expect(201).id();
        return new Team(team.id(), p1, p2, i1, i2, spare, team.token());
    }

    private static Reply send(Api as, String method, String path, Object body) {
        return switch (method) {
            case "GET" -> as.get(path);
            case "POST" -> as.post(path, body);
            case "PUT" -> as.put(path, body);
            case "PATCH" -> as.patch(path, body);
            case "DELETE" -> as.delete(path);
            default -> throw new IllegalArgumentException(method);
        };
    }
}

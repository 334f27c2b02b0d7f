package org.raciplanner.api;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raciplanner.support.Api;
import org.raciplanner.support.Reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;

/**
 * Requests no honest client sends, each refused with the right status and a problem document that
 * names what was wrong, never a stack trace or SQL; and nothing of the team changes.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputApiTest {

    private static final String JSON = "application/json";
    private static final String PEOPLE = "/api/v1/teams/{team}/people";
    private static final String INITIATIVES = "/api/v1/teams/{team}/initiatives";
    private static final String PROJECT = "/api/v1/teams/{team}/initiatives/{project}";
    private static final String PERSON = "{\"name\":\"Eve\",\"email\":\"eve@example.com\"";

    @Inject
    Api api;

    private long team;
    private long dana;
    private long project;

    /** One hostile request: what is sent, and the status and field the answer must name (null: no field). */
    record Case(String name, String method, String path, String contentType, String body, int status, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void buildTheTeam() {
        team = api.team("Hostile");
        dana = api.person(team, "Dana");
        project = api.project(team, "Phoenix");
        api.post("/api/v1/teams/" + team + "/initiatives/" + project + "/responsibilities", map("key", "risk", "name", "Risk")).expect(201);
    }

    static Stream<Case> hostileRequests() {
        List<Case> cases = new ArrayList<>();
        // the body itself
        cases.add(new Case("malformed JSON", "POST", PEOPLE, JSON, "{\"name\":", 400, null));
        cases.add(new Case("an array where an object belongs", "POST", PEOPLE, JSON, "[1,2]", 400, null));
        cases.add(new Case("a bare string as the body", "POST", PEOPLE, JSON, "\"Eve\"", 400, null));
        cases.add(new Case("an empty body", "POST", PEOPLE, JSON, "", 400, null));
        cases.add(new Case("JSON nested 5,000 deep", "POST", PEOPLE, JSON, "[".repeat(5000) + "]".repeat(5000), 400, null));
        cases.add(new Case("text/plain", "POST", PEOPLE, "text/plain", "name=Eve", 415, null));
        cases.add(new Case("application/xml", "POST", PEOPLE, "application/xml", "<person><name>Eve</name></person>", 415, null));
        cases.add(new Case("a form", "POST", PEOPLE, "application/x-www-form-urlencoded", "name=Eve&email=eve@example.com", 415, null));
        cases.add(new Case("a body of 13 MB", "POST", PEOPLE, JSON, PERSON + ",\"title\":\"" + "x".repeat(13_000_000) + "\"}", 413, null));
        // text fields
        cases.add(new Case("a name of 201 characters", "POST", PEOPLE, JSON, person("name", "x".repeat(201)), 400, "name"));
        cases.add(new Case("a blank name", "POST", PEOPLE, JSON, person("name", "   "), 400, "name"));
        cases.add(new Case("a null name", "POST", PEOPLE, JSON, "{\"name\":null,\"email\":\"eve@example.com\"}", 400, "name"));
        cases.add(new Case("a name with a NUL character", "POST", PEOPLE, JSON, person("name", "Eve\\u0000"), 400, "name"));
        cases.add(new Case("a name with a line break", "POST", PEOPLE, JSON, person("name", "Eve\\nDROP TABLE person"), 400, "name"));
        cases.add(new Case("a title of 201 characters", "POST", PEOPLE, JSON, PERSON + ",\"title\":\"" + "x".repeat(201) + "\"}", 400, "title"));
        cases.add(new Case("a team name of 201 characters", "POST", "/api/v1/teams", JSON, "{\"name\":\"" + "x".repeat(201) + "\"}", 400, "name"));
        cases.add(new Case("an initiative name of 201 characters", "POST", INITIATIVES, JSON,
                "{\"kind\":\"PROJECT\",\"name\":\"" + "x".repeat(201) + "\"}", 400, "name"));
        cases.add(new Case("a responsibility key that is not kebab-case", "POST", PROJECT + "/responsibilities", JSON,
                "{\"key\":\"Risk; drop\",\"name\":\"Risk\"}", 400, "key"));
        cases.add(new Case("a responsibility key of 101 characters", "POST", PROJECT + "/responsibilities", JSON,
                "{\"key\":\"" + "a".repeat(101) + "\",\"name\":\"Risk\"}", 400, "key"));
        cases.add(new Case("a token name of 101 characters", "POST", "/api/v1/teams/{team}/tokens", JSON,
                "{\"name\":\"" + "x".repeat(101) + "\",\"role\":\"VIEWER\"}", 400, "name"));
        // e-mails
        for (String email : List.of("eve", "eve@", "@example.com", "eve@example", "e ve@example.com", "eve@@example.com",
                "eve\\u0000@example.com", "x".repeat(250) + "@example.com")) {
            cases.add(new Case("the e-mail '" + abbreviate(email) + "'", "POST", PEOPLE, JSON, person("email", email), 400, "email"));
        }
        // numbers
        cases.add(new Case("a negative capacity", "POST", PEOPLE, JSON, PERSON + ",\"capacityHours\":-1}", 400, "capacityHours"));
        cases.add(new Case("a capacity beyond a week's 168 hours", "POST", PEOPLE, JSON, PERSON + ",\"capacityHours\":169}", 400, "capacityHours"));
        cases.add(new Case("an absurd capacity", "POST", PEOPLE, JSON, PERSON + ",\"capacityHours\":1e300}", 400, "capacityHours"));
        cases.add(new Case("a capacity in words", "POST", PEOPLE, JSON, PERSON + ",\"capacityHours\":\"forty\"}", 400, "capacityHours"));
        cases.add(new Case("a negative budget", "POST", INITIATIVES, JSON, "{\"kind\":\"PROJECT\",\"name\":\"X\",\"budget\":-1}", 400, "budget"));
        cases.add(new Case("an absurd budget", "POST", INITIATIVES, JSON, "{\"kind\":\"PROJECT\",\"name\":\"X\",\"budget\":1e30}", 400, "budget"));
        cases.add(new Case("effort beyond 168 hours", "POST", PROJECT + "/responsibilities", JSON,
                "{\"key\":\"audit\",\"name\":\"Audit\",\"effortHours\":500}", 400, "effortHours"));
        cases.add(new Case("a limit of zero", "PATCH", "/api/v1/teams/{team}/settings", JSON, "{\"maxRoles\":0}", 400, "maxRoles"));
        cases.add(new Case("a limit beyond an int", "PATCH", "/api/v1/teams/{team}/settings", JSON, "{\"maxRoles\":99999999999}", 400, "maxRoles"));
        // dates and enums
        cases.add(new Case("an end date before the start", "POST", INITIATIVES, JSON,
                "{\"kind\":\"PROJECT\",\"name\":\"X\",\"startDate\":\"2027-02-01\",\"endDate\":\"2027-01-01\"}", 400, "endDate"));
        cases.add(new Case("a date that does not exist", "POST", INITIATIVES, JSON,
                "{\"kind\":\"PROJECT\",\"name\":\"X\",\"startDate\":\"2027-02-30\"}", 400, "startDate"));
        cases.add(new Case("an unknown kind", "POST", INITIATIVES, JSON, "{\"kind\":\"PORTFOLIO\",\"name\":\"X\"}", 400, "kind"));
        cases.add(new Case("an unknown category", "POST", PROJECT + "/responsibilities", JSON,
                "{\"key\":\"audit\",\"name\":\"Audit\",\"category\":\"MAYBE\"}", 400, "category"));
        cases.add(new Case("an unknown role for a token", "POST", "/api/v1/teams/{team}/tokens", JSON,
                "{\"name\":\"x\",\"role\":\"OWNER\"}", 400, "role"));
        cases.add(new Case("unknown letters", "PUT", PROJECT + "/matrix/risk/{dana}", JSON, "{\"letters\":\"X\"}", 400, "letters"));
        cases.add(new Case("letters 21 characters long", "PUT", PROJECT + "/matrix/risk/{dana}", JSON,
                "{\"letters\":\"" + "R".repeat(21) + "\"}", 400, "letters"));
        cases.add(new Case("an unknown warning code", "GET", "/api/v1/teams/{team}/warnings?code=NOPE", null, null, 400, "code"));
        cases.add(new Case("an unknown severity", "GET", "/api/v1/teams/{team}/warnings?severity=FATAL", null, null, 400, "severity"));
        cases.add(new Case("an unknown kind filter", "GET", INITIATIVES + "?kind=PLAN", null, null, 400, "kind"));
        // ids
        cases.add(new Case("a person id that is a word", "GET", PEOPLE + "/abc", null, null, 400, "personId"));
        cases.add(new Case("an initiative id with a fraction", "GET", INITIATIVES + "/1.5", null, null, 400, "initiativeId"));
        cases.add(new Case("an id beyond a long", "GET", PEOPLE + "/99999999999999999999", null, null, 400, "personId"));
        cases.add(new Case("a page that is a word", "GET", PEOPLE + "?page=x", null, null, 400, "page"));
        cases.add(new Case("a history filter that is a word", "GET", "/api/v1/teams/{team}/history?personId=x", null, null, 400, "personId"));
        cases.add(new Case("a staffed person who is a word", "PUT", PROJECT + "/staffing", JSON,
                "[{\"role\":\"sponsor\",\"person\":\"abc\"}]", 400, null));
        cases.add(new Case("a parent id that is a word", "POST", INITIATIVES, JSON,
                "{\"kind\":\"PROJECT\",\"name\":\"X\",\"parentId\":\"abc\"}", 400, null));
        cases.add(new Case("an unknown person", "GET", PEOPLE + "/999999", null, null, 404, null));
        cases.add(new Case("a negative person id", "GET", PEOPLE + "/-1", null, null, 404, null));
        cases.add(new Case("an unknown initiative", "GET", INITIATIVES + "/999999/matrix", null, null, 404, null));
        cases.add(new Case("an unknown responsibility", "PUT", PROJECT + "/matrix/nope/{dana}", JSON, "{\"letters\":\"R\"}", 404, null));
        cases.add(new Case("a cell of an unknown person", "PUT", PROJECT + "/matrix/risk/999999", JSON, "{\"letters\":\"R\"}", 404, null));
        cases.add(new Case("an unknown token", "DELETE", "/api/v1/teams/{team}/tokens/999999", null, null, 404, null));
        cases.add(new Case("staffing an unknown person", "PUT", PROJECT + "/staffing", JSON,
                "[{\"role\":\"sponsor\",\"person\":999999}]", 400, "[0].person"));
        cases.add(new Case("a garbage If-Match", "PUT", PROJECT + "/matrix/risk/{dana}?ifMatch", JSON, "{\"letters\":\"R\"}", 400, "If-Match"));
        // fields the API does not have, and values of the wrong JSON type: never ignored, never coerced
        cases.add(new Case("an unknown field on a new person", "POST", PEOPLE, JSON, PERSON + ",\"capacity\":20}", 400, "capacity"));
        cases.add(new Case("an unknown field on the settings", "PATCH", "/api/v1/teams/{team}/settings", JSON, "{\"maxRole\":5}", 400, "maxRole"));
        cases.add(new Case("an unknown field on an initiative", "PATCH", PROJECT, JSON, "{\"nmae\":\"x\"}", 400, "nmae"));
        cases.add(new Case("an unknown field in a staffing entry", "PUT", PROJECT + "/staffing", JSON,
                "[{\"role\":\"sponsor\",\"person\":{dana},\"rank\":1}]", 400, "[0].rank"));
        cases.add(new Case("a boolean for a token name", "POST", "/api/v1/teams/{team}/tokens", JSON, "{\"name\":false,\"role\":\"VIEWER\"}", 400, "name"));
        cases.add(new Case("a boolean for a limit", "PATCH", "/api/v1/teams/{team}/settings", JSON, "{\"maxConsulted\":false}", 400, "maxConsulted"));
        cases.add(new Case("a number for a title", "PATCH", PEOPLE + "/{dana}", JSON, "{\"title\":2016}", 400, "title"));
        cases.add(new Case("a string for remote", "POST", PEOPLE, JSON, PERSON + ",\"remote\":\"yes\"}", 400, "remote"));
        cases.add(new Case("a fraction for a parent id", "PATCH", PROJECT, JSON, "{\"parentId\":1.5}", 400, "parentId"));
        cases.add(new Case("a null for a name that cannot be cleared", "PATCH", PEOPLE + "/{dana}", JSON, "{\"name\":null}", 400, "name"));
        cases.add(new Case("an array as a patch", "PATCH", PEOPLE + "/{dana}", JSON, "[]", 400, "body"));
        // null items in arrays are refused, not dropped
        cases.add(new Case("a staffing of one null", "PUT", PROJECT + "/staffing", JSON, "[null]", 400, "[0]"));
        cases.add(new Case("a staffing led by a null", "PUT", PROJECT + "/staffing", JSON,
                "[null,{\"role\":\"sponsor\",\"person\":{dana}}]", 400, "[0]"));
        cases.add(new Case("a new initiative's staffing holding a null", "POST", INITIATIVES, JSON,
                "{\"kind\":\"PROJECT\",\"name\":\"X\",\"staffing\":[null]}", 400, "staffing[0]"));
        cases.add(new Case("a batch ending in a null", "POST", PEOPLE + "/batch", JSON,
                "[{\"name\":\"Eve\",\"email\":\"eve@example.com\"},null]", 400, "[1]"));
        // yes/no query parameters
        cases.add(new Case("removeAssignments=banana", "DELETE", PEOPLE + "/{dana}?removeAssignments=banana", null, null, 400, "removeAssignments"));
        cases.add(new Case("removeAssignments=yes", "DELETE", PEOPLE + "/{dana}?removeAssignments=yes", null, null, 400, "removeAssignments"));
        // methods a route does not have
        cases.add(new Case("GET on the batch", "GET", PEOPLE + "/batch", null, null, 405, null));
        cases.add(new Case("PATCH on the batch", "PATCH", PEOPLE + "/batch", JSON, "{}", 405, null));
        cases.add(new Case("DELETE on the batch", "DELETE", PEOPLE + "/batch", null, null, 405, null));
        // batches
        cases.add(new Case("a batch whose sixth row has a bad e-mail", "POST", PEOPLE + "/batch", JSON, batchWithBadRow(5), 400, "[5].email"));
        cases.add(new Case("an empty batch", "POST", PEOPLE + "/batch", JSON, "[]", 400, null));
        cases.add(new Case("a batch with a null row", "POST", PEOPLE + "/batch", JSON, "[null]", 400, "[0]"));
        return cases.stream();
    }

    @ParameterizedTest(name = "refuses {0}")
    @MethodSource("hostileRequests")
    void refusesCleanly(Case c) {
        String people = api.get("/api/v1/teams/" + team + "/people").expect(200).body();
        Reply reply = send(c);
        reply.expect(c.status());
        assertEquals("application/problem+json", reply.header("Content-Type"), c.name());
        Map<String, Object> problem = reply.map();
        assertEquals(c.status(), problem.get("status"));
        assertTrue(problem.get("detail") instanceof String, reply.body());
        for (String leak : List.of("Exception", "org.raciplanner", "io.micronaut", "java.", "SQL", "Source:", "\tat ",
                "Cannot deserialize", "Unable to coerce", "For input string", "START_ARRAY", "START_OBJECT", "Required Body",
                "Unknown property", "deserialization")) {
            assertFalse(reply.body().contains(leak), c.name() + " leaks " + leak + ": " + reply.body());
        }
        if (c.status() == 405) {
            assertEquals("POST", reply.header("Allow"), c.name());
        }
        if (c.field() != null) {
            assertTrue(reply.problems().stream().anyMatch(p -> p.startsWith(c.field() + ":")),
                    c.name() + " does not name " + c.field() + ": " + reply.body());
        }
        assertEquals(people, api.get("/api/v1/teams/" + team + "/people").expect(200).body(), c.name() + " changed the roster");
    }

    private Reply send(Case c) {
        String path = fill(c.path());
        if (path.endsWith("?ifMatch")) {
            return api.put(path.replace("?ifMatch", ""), Map.of("letters", "R"), Map.of("If-Match", "\"not-a-version\""));
        }
        return api.raw(c.method(), path, c.contentType(), c.body() == null ? null : fill(c.body()));
    }

    private String fill(String text) {
        return text.replace("{team}", String.valueOf(team)).replace("{dana}", String.valueOf(dana))
                .replace("{project}", String.valueOf(project));
    }

    private static String person(String field, String value) {
        Map<String, String> p = new java.util.LinkedHashMap<>(Map.of("name", "Eve", "email", "eve@example.com"));
        p.put(field, value);
        return "{" + String.join(",", p.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"").toList()) + "}";
    }

    private static String batchWithBadRow(int bad) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rows.add("{\"name\":\"Row " + i + "\",\"email\":\"" + (i == bad ? "not-an-email" : "row" + i + "@example.com") + "\"}");
        }
        return "[" + String.join(",", rows) + "]";
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 12) + "…(" + s.length() + " characters)" : s;
    }
}

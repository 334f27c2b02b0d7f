package org.raciplanner.planfile;

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

/** A bad plan file is refused with every problem at its place, and nothing is written. */
@MicronautTest
class PlanRefusalsApiTest {

    static final String YAML = "application/yaml";
    static final String JSON = "application/json";

    @Inject
    Api api;

    @Test
    void namesEveryProblemOfAYamlFileAtItsLineAndColumnAndWritesNothing() {
        long team = api.team("Bad YAML");
        api.person(team, "Known Person");
        String before = plan(team);
        String file = """
                people:
                  dana@acme.example: {name: Dana, nmae: typo}
                  DANA@acme.example: {name: Dana again}
                  lee@acme.example: {name: Lee, capacityHours: 200}
                initiatives:
                  phoenix:
                    kind: PROJECT
                    name: Phoenix
                    template: no-such-template
                  atlas:
                    kind: PRODUCT
                    name: Atlas
                    template: product
                    parent: apollo
                    startDate: 2027-03-01
                    endDate: 2027-01-01
                    staffing:
                      product-manager: [dana@acme.example, ghost@acme.example]
                      juggler: [lee@acme.example]
                    cells:
                      roadmap: {lee@acme.example: X}
                  apollo:
                    kind: PROGRAM
                    name: Apollo
                    parent: atlas
                teams: {}
                """;
        assertStartWith(List.of(
                "2:35 /people/dana@acme.example/nmae: 'nmae' is not a field of a person",
                "3:3 /people/DANA@acme.example: 'DANA@acme.example' is the e-mail of /people/dana@acme.example too",
                "4:48 /people/lee@acme.example/capacityHours: capacityHours must be less than or equal to 168",
                "9:15 /initiatives/phoenix/template: 'no-such-template' is not a known template",
                "14:13 /initiatives/atlas/parent: the parents make a cycle: atlas → apollo → atlas",
                "16:14 /initiatives/atlas/endDate: endDate 2027-01-01 is before startDate 2027-03-01",
                "18:44 /initiatives/atlas/staffing/product-manager/1: 'ghost@acme.example' is not a person of the file or the team",
                "19:7 /initiatives/atlas/staffing/juggler: 'juggler' is not a role of template product",
                "21:35 /initiatives/atlas/cells/roadmap/lee@acme.example: letters \"X\" is not one of R, A, C, I, RA",
                "25:13 /initiatives/apollo/parent: the parents make a cycle: apollo → atlas → apollo",
                "26:1 /teams: 'teams' is not a field of a plan file"), located(put(team, YAML, file, "").expect(400)));
        assertEquals(before, plan(team), "nothing was written");
    }

    @Test
    void namesProblemsOfAJsonFileByPointerAndRefusesAHandleGivenTwice() {
        long team = api.team("Bad JSON");
        String file = """
                {"people": {"ana@acme.example": {"name": "Ana", "remote": "yes"}},
                 "initiatives": {
                   "Not A Handle": {"kind": "PROJECT", "name": "X"},
                   "atlas": {"kind": "PRODUCT", "name": "Atlas"},
                   "atlas": {"kind": "PRODUCT", "name": "Atlas again"}}}
                """;
        assertStartWith(List.of(
                "1:59 /people/ana@acme.example/remote: remote must be true or false, not \"yes\"",
                "3:4 /initiatives/Not A Handle: 'Not A Handle' is not a handle",
                "5:4 /initiatives/atlas: 'atlas' is given twice in initiatives"), located(put(team, JSON, file, "").expect(400)));
    }

    @Test
    void refusesMalformedFilesWithTheParsersLineAndColumn() {
        long team = api.team("Malformed");
        Map<String, Object> yaml = put(team, YAML, "people:\n  a@acme.example: {name: A\n  b: [\n", "").expect(400).map();
        Map<?, ?> issue = (Map<?, ?>) ((List<?>) yaml.get("errors")).get(0);
        assertEquals(3, ((Number) issue.get("line")).intValue(), yaml.toString());
        assertTrue(yaml.get("detail").toString().startsWith("The file is not well-formed YAML"), yaml.toString());

        Map<String, Object> json = put(team, JSON, "{\"people\": {\n  \"a@acme.example\": {\"name\": \"A\",}}}", "").expect(400).map();
        issue = (Map<?, ?>) ((List<?>) json.get("errors")).get(0);
        assertEquals(2, ((Number) issue.get("line")).intValue(), json.toString());
        assertTrue(((Number) issue.get("column")).intValue() > 30, json.toString());
        put(team, JSON, "", "").expect(400);
        put(team, JSON, "[]", "").expect(400);
        put(team, "text/csv", "a,b", "").expect(415);
    }

    @Test
    void refusesHostileYamlWithItsPlaceAndFilesOverTheLimitWith413() {
        long team = api.team("Hostile");
        String before = plan(team);
        Reply tagged = put(team, YAML, "people:\n  a@acme.example: !!java.lang.ProcessBuilder [[touch, /tmp/owned]]\n", "").expect(400);
        assertEquals(List.of("2:19"), located(tagged).stream().map(p -> p.substring(0, p.indexOf(' '))).toList(), tagged.body());
        StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            bomb.append(c).append(": &").append(c).append(" [").append(String.join(", ", java.util.Collections.nCopies(9, "*" + (char) (c - 1))))
                    .append("]\n");
        }
        put(team, YAML, bomb.toString(), "").expect(400);
        String huge = "people:\n" + "  # padding, padding, padding, padding, padding, padding, padding, padding, padding\n".repeat(110_000);
        put(team, YAML, huge, "").expect(413);
        assertEquals(before, plan(team), "nothing was written");
    }

    @Test
    void refusesAStaleIfMatchWith412AndABadOneWith400() {
        long team = api.team("Stale");
        Reply exported = api.raw("GET", "/api/v1/teams/" + team + "/plan", null, null, Map.of()).expect(200);
        api.person(team, "Someone Else");
        api.raw("PUT", "/api/v1/teams/" + team + "/plan", JSON, exported.body(), Map.of("If-Match", exported.header("ETag"))).expect(412);
        api.raw("PUT", "/api/v1/teams/" + team + "/plan?dryRun=true", JSON, exported.body(), Map.of("If-Match", exported.header("ETag")))
                .expect(412);
        api.raw("PUT", "/api/v1/teams/" + team + "/plan", JSON, exported.body(), Map.of("If-Match", "yesterday")).expect(400);
        put(team, JSON, exported.body(), "?dryRun=maybe").expect(400);
        put(team, JSON, exported.body(), "?prune=1").expect(400);
    }

    @Test
    void letsAnEditorChangePeopleButNotSettingsAndAViewerNothing() {
        TeamAccess t = api.teamWithToken("Roles");
        Api editor = api.as(api.token(t.id(), "ed", "EDITOR"));
        Api viewer = api.as(api.token(t.id(), "vi", "VIEWER"));
        viewer.raw("GET", "/api/v1/teams/" + t.id() + "/plan", null, null, Map.of("Accept", YAML)).expect(200);
        String people = "people:\n  ana@acme.example: {name: Ana}\n";
        viewer.raw("PUT", "/api/v1/teams/" + t.id() + "/plan", YAML, people, Map.of()).expect(403);
        editor.raw("PUT", "/api/v1/teams/" + t.id() + "/plan", YAML, people, Map.of()).expect(200);
        Reply refused = editor.raw("PUT", "/api/v1/teams/" + t.id() + "/plan", YAML, "settings: {maxRoles: 4}\n", Map.of()).expect(403);
        assertTrue(refused.body().contains("ADMIN"), refused.body());
        editor.raw("PUT", "/api/v1/teams/" + t.id() + "/plan", YAML, "settings: {maxRoles: 2}\n", Map.of()).expect(200);
        api.as(t.token()).raw("PUT", "/api/v1/teams/" + t.id() + "/plan", YAML, "settings: {maxRoles: 4}\n", Map.of()).expect(200);
        api.raw("GET", "/api/v1/teams/999999/plan", null, null, Map.of()).expect(404);
    }

    static void assertStartWith(List<String> expected, List<String> problems) {
        assertEquals(expected.size(), problems.size(), String.join("\n", problems));
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(problems.get(i).startsWith(expected.get(i)), problems.get(i) + "\n  expected to start with\n" + expected.get(i));
        }
    }

    /** Each problem as {@code line:column pointer: message}. */
    @SuppressWarnings("unchecked")
    static List<String> located(Reply reply) {
        return ((List<Map<String, Object>>) reply.map().get("errors")).stream()
                .map(e -> e.get("line") + ":" + e.get("column") + " " + e.get("field") + ": " + e.get("message")).toList();
    }

    private String plan(long team) {
        return api.raw("GET", "/api/v1/teams/" + team + "/plan", null, null, Map.of()).expect(200).body();
    }

    private Reply put(long team, String contentType, String body, String query) {
        return api.raw("PUT", "/api/v1/teams/" + team + "/plan" + query, contentType, body, Map.of());
    }
}

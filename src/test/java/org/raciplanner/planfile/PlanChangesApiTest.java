package org.raciplanner.planfile;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Reply;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;

/** What a plan changes, in order and in the file's words, and what it leaves alone. */
@MicronautTest
class PlanChangesApiTest {

    static final String YAML = "application/yaml";

    @Inject
    Api api;

    @Test
    void renamingSomeoneIsAnUpdateOfThePersonNotADeleteAndACreate() {
        long team = api.team("Rename");
        long dana = api.person(team, "Dana");
        String file = "people:\n  DANA@example.com: {name: Dana Lead, title: Product manager, capacityHours: 32}\n";
        Map<String, Object> outcome = put(team, file, "").expect(200).map();
        assertEquals(List.of(map("op", "update", "kind", "person", "key", "DANA@example.com",
                        "before", map("name", "Dana"),
                        "after", map("name", "Dana Lead", "title", "Product manager", "capacityHours", 32))),
                outcome.get("changes"));
        Map<String, Object> person = api.get("/api/v1/teams/" + team + "/people/" + dana).expect(200).map();
        assertEquals("Dana Lead", person.get("name"));
        assertEquals("DANA@example.com", person.get("email"), "the e-mail's case follows the file");
    }

    @Test
    void withoutPruneKeepsWhatTheFileLeavesOutAndListsItWithPruneDeletesIt() {
        long team = api.team("Prune");
        api.person(team, "Kept");
        api.person(team, "Gone");
        long project = api.project(team, "Old project");
        api.post("/api/v1/teams/" + team + "/initiatives/" + project + "/responsibilities", map("key", "risk", "name", "Risk")).expect(201);
        String file = "people:\n  kept@example.com: {name: Kept}\n";

        Map<String, Object> kept = put(team, file, "").expect(200).map();
        assertEquals(List.of(), kept.get("changes"));
        assertEquals(List.of(map("kind", "person", "key", "gone@example.com"), map("kind", "initiative", "key", "old-project")),
                kept.get("unmanaged"));
        assertEquals(2, api.get("/api/v1/teams/" + team + "/people").expect(200).list().size(), "nothing was deleted");

        Map<String, Object> preview = put(team, file, "?prune=true&dryRun=true").expect(200).map();
        assertEquals(List.of("delete initiative old-project", "delete person gone@example.com"), summary(preview));
        assertEquals(Boolean.TRUE, preview.get("dryRun"));
        assertEquals(2, api.get("/api/v1/teams/" + team + "/people").expect(200).list().size(), "a dry run deletes nothing");

        put(team, file, "?prune=true").expect(200);
        assertEquals(1, api.get("/api/v1/teams/" + team + "/people").expect(200).list().size());
        assertEquals(List.of(), api.get("/api/v1/teams/" + team + "/initiatives").expect(200).list());
        assertEquals(List.of(), put(team, file, "?prune=true").expect(200).map().get("changes"));
    }

    @Test
    void writesRowsAndHandSetCellsAndShowsNeitherDerivedLettersNorUnchangedRows() {
        long team = api.team("Rows");
        String file = """
                people:
                  pat@example.com: {name: Pat}
                  sam@example.com: {name: Sam}
                initiatives:
                  phoenix:
                    kind: PROJECT
                    name: Phoenix
                    template: delivery-project
                    staffing:
                      project-manager: [pat@example.com]
                      sponsor: [sam@example.com]
                    omitRows: [post-mortem, handover]
                    rows:
                      - {key: vendor-contracts, name: Vendor contracts, effortHours: 0.5}
                      - {key: risk, name: Risk identification and management, effortHours: 3}
                    cells:
                      vendor-contracts: {pat@example.com: a/r, sam@example.com: c}
                      budget: {pat@example.com: RA}
                """;
        Map<String, Object> created = put(team, file, "").expect(200).map();
        assertEquals(List.of("create person pat@example.com", "create person sam@example.com", "create initiative phoenix",
                "update responsibility phoenix/risk", "create responsibility phoenix/vendor-contracts",
                "delete responsibility phoenix/handover", "delete responsibility phoenix/post-mortem", "update staffing phoenix",
                "create cell phoenix/vendor-contracts/pat@example.com", "create cell phoenix/vendor-contracts/sam@example.com",
                "update cell phoenix/budget/pat@example.com"), summary(created));
        long phoenix = ((Number) api.get("/api/v1/teams/" + team + "/initiatives?handle=phoenix").expect(200).list().get(0).get("id"))
                .longValue();
        Map<String, Object> matrix = api.matrix("/api/v1/teams/" + team + "/initiatives/" + phoenix);
        assertFalse(matrix.toString().contains("post-mortem"));
        assertTrue(matrix.toString().contains("letters=RA, source=MANUAL"), matrix.toString());
        String exported = api.raw("GET", "/api/v1/teams/" + team + "/plan", null, null, Map.of("Accept", YAML)).expect(200).body();
        assertTrue(exported.contains("budget: {pat@example.com: RA}"), exported);
        assertFalse(exported.contains("project-plan"), "rows as the template gives them are not written: " + exported);
        assertEquals(List.of(), put(team, exported, "").expect(200).map().get("changes"));
        assertEquals(List.of(), put(team, file, "").expect(200).map().get("changes"), "the original file too");
    }

    @Test
    void theInitiativesApiShowsAndTakesHandles() {
        long team = api.team("Handles");
        String base = "/api/v1/teams/" + team + "/initiatives";
        Map<String, Object> first = api.post(base, map("kind", "PROGRAM", "name", "Café Öffnung!")).expect(201).map();
        assertEquals("cafe-offnung", first.get("handle"));
        assertEquals("cafe-offnung-2", api.post(base, map("kind", "PROGRAM", "name", "cafe offnung")).expect(201).map().get("handle"));
        Map<String, Object> child = api.post(base, map("kind", "PROJECT", "name", "Launch", "handle", "launch", "parent", "cafe-offnung"))
                .expect(201).map();
        assertEquals(first.get("id"), child.get("parentId"));
        api.post(base, map("kind", "PROJECT", "name", "Other", "handle", "launch")).expect(409);
        api.post(base, map("kind", "PROJECT", "name", "Other", "handle", "Not A Handle")).expect(400);
        api.post(base, map("kind", "PROJECT", "name", "Other", "parent", "nowhere")).expect(400);
        api.patch(base + "/" + child.get("id"), map("handle", "go-live", "name", "Go live")).expect(200);
        assertEquals("Go live", api.get(base + "?handle=go-live").expect(200).list().get(0).get("name"));
        assertEquals(List.of(), api.get(base + "?handle=launch").expect(200).list());
        api.patch(base + "/" + child.get("id"), map("parent", null)).expect(200);
        assertEquals(null, api.get(base + "/" + child.get("id")).expect(200).map().get("parentId"));
    }

    private Reply put(long team, String yaml, String query) {
        return api.raw("PUT", "/api/v1/teams/" + team + "/plan" + query, YAML, yaml, Map.of());
    }

    private static List<String> summary(Map<String, Object> outcome) {
        return StartupPlanApiTest.changes(outcome).stream().map(c -> c.get("op") + " " + c.get("kind") + " " + c.get("key")).toList();
    }
}

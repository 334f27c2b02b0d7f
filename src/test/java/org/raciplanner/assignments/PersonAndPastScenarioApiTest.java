package org.raciplanner.assignments;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Moments;
import org.raciplanner.support.Workbooks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.raciplanner.support.Api.map;
import static org.raciplanner.support.Api.staff;

/**
 * The "done when", end to end: Lee's assignments across both initiatives match the
 * matrices; Atlas as of a moment before an upload equals its earlier GET; the changes since then are
 * exactly the upload's cells, by the token that uploaded. (The page views are looked at in
 * {@code page/PeopleAndPastBrowserTest}, which takes their screenshots.)
 */
@MicronautTest
class PersonAndPastScenarioApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Api api;

    @Test
    @SuppressWarnings("unchecked")
    void leesAssignmentsMatchTheMatricesAndAtlasBeforeTheUploadIsWhatItWas() {
        long team = api.team("Acme");
        long dana = api.person(team, "Dana");
        long lee = api.person(team, "Lee");
        long sam = api.person(team, "Sam");
        long atlas = api.initiative(team, map("kind", "PRODUCT", "name", "Atlas", "template", "product", "staffing",
                List.of(staff("product-manager", dana), staff("business-analyst", lee), staff("delivery-team", sam))));
        long phoenix = api.initiative(team, map("kind", "PROJECT", "name", "Phoenix", "template", "delivery-project", "staffing",
                List.of(staff("project-manager", dana), staff("delivery-team", lee))));
        String base = "/api/v1/teams/" + team + "/initiatives/";
        api.put(base + phoenix + "/matrix/budget/" + lee, map("letters", "C")).expect(200);

        Map<String, Object> lees = api.get("/api/v1/teams/" + team + "/people/" + lee + "/assignments").expect(200).map();
        List<Map<String, Object>> on = (List<Map<String, Object>>) lees.get("initiatives");
        assertEquals(List.of(atlas, phoenix), on.stream().map(i -> ((Number) i.get("id")).longValue()).toList());
        for (Map<String, Object> initiative : on) {
            Map<String, Object> matrix = api.matrix(base + initiative.get("id"));
            Map<String, Object> leeColumn = ((List<Map<String, Object>>) matrix.get("people")).stream()
                    .filter(p -> ((Number) p.get("id")).longValue() == lee).findFirst().orElseThrow();
            assertEquals(leeColumn.get("roles"), initiative.get("roles"));
            assertEquals(cellsOf(lee, (List<Map<String, Object>>) matrix.get("cells")),
                    ((List<Map<String, Object>>) initiative.get("cells")).stream()
                            .map(c -> List.of(c.get("responsibility"), c.get("letters"), c.get("source"))).toList());
        }
        Map<String, Object> workload = api.get("/api/v1/teams/" + team + "/workload").expect(200).list().stream()
                .filter(w -> ((Number) w.get("personId")).longValue() == lee).findFirst().orElseThrow();
        assertEquals(workload.get("loadHours"), lees.get("loadHours"));

        String ed = api.token(team, "ed", "EDITOR");
        Map<String, Object> earlier = api.matrix(base + atlas);
        Instant before = Moments.pastMillisecond();
        byte[] edited = Workbooks.edit(api.as(ed).download(base + atlas + "/raci.xlsx").expect(200).body(), workbook -> {
            Workbooks.type(Workbooks.cell(workbook.getSheet("Atlas"), "Product roadmap", "lee@example.com"), "C");
            Workbooks.type(Workbooks.cell(workbook.getSheet("Atlas"), "Product budget tracking", "sam@example.com"), "I");
            Workbooks.cell(workbook.getSheet("Atlas"), "Market research", "lee@example.com").setBlank();
        });
        Map<String, Object> upload = api.as(ed).upload("PUT", base + atlas + "/raci.xlsx", XLSX, edited).expect(200).map();
        assertEquals(3, upload.get("changed"));

        assertEquals(earlier, api.get(base + atlas + "/matrix?at=" + before).expect(200).map());
        List<Map<String, Object>> since = api.get(base + atlas + "/matrix/changes?from=" + before).expect(200).list();
        assertEquals(cellChanges((List<Map<String, Object>>) upload.get("changes")), cellChanges(since));
        assertEquals(Set.of("ed cell.uploaded"), since.stream().map(c -> c.get("actor") + " " + c.get("action")).collect(Collectors.toSet()));
    }

    private static List<Object> cellsOf(long person, List<Map<String, Object>> cells) {
        return cells.stream().filter(c -> ((Number) c.get("person")).longValue() == person)
                .map(c -> (Object) List.of(c.get("responsibility"), c.get("letters"), c.get("source"))).toList();
    }

    /** responsibility, person, before, after: what both the upload's answer and the changes say of each cell. */
    private static Set<List<Object>> cellChanges(List<Map<String, Object>> changes) {
        return changes.stream().map(c -> List.of(c.get("responsibility"), ((Number) c.get("person")).longValue(),
                String.valueOf(c.get("before")), String.valueOf(c.get("after")))).collect(Collectors.toSet());
    }

}

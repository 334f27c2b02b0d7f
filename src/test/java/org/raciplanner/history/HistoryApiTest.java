package org.raciplanner.history;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.TeamAccess;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.raciplanner.support.Api.map;
import static org.raciplanner.support.Api.staff;

@MicronautTest
class HistoryApiTest {

    @Inject
    Api api;

    @Test
    void recordsEveryChangeWithTheNameOfTheTokenThatMadeIt() {
        TeamAccess team = api.teamWithToken("Authors");
        Api lee = api.as(api.as(team.token()).token(team.id(), "lee", "EDITOR"));
        String base = "/api/v1/teams/" + team.id();
        long dana = lee.person(team.id(), "Dana");
        long project = lee.project(team.id(), "Phoenix");
        lee.post(base + "/initiatives/" + project + "/responsibilities", map("key", "risk", "name", "Risk")).expect(201);
        lee.put(base + "/initiatives/" + project + "/matrix/risk/" + dana, map("letters", "A")).expect(200);
        lee.put(base + "/initiatives/" + project + "/staffing", List.of(staff("sponsor", dana))).expect(200);
        lee.patch(base + "/people/" + dana, map("title", "Sponsor")).expect(200);
        api.as(team.token()).patch(base + "/settings", Map.of("maxRoles", 3)).expect(200);

        var history = api.as(team.token()).get(base + "/history").expect(200);
        assertEquals(List.of(
                        "admin settings.changed", "lee person.updated", "lee staffing.replaced", "lee cell.set",
                        "lee responsibility.created", "lee initiative.created", "lee person.created",
                        "admin token.created", "operator token.created", "operator team.created"),
                history.list().stream().map(e -> e.get("actor") + " " + e.get("action")).toList());
        assertEquals("10", history.header("X-Total-Count"));
        Map<String, Object> cell = history.list().get(3);
        assertEquals(((Number) cell.get("personId")).longValue(), dana);
        assertEquals(((Number) cell.get("initiativeId")).longValue(), project);
        assertNull(cell.get("before"));
        assertEquals(map("responsibility", "risk", "person", (int) dana, "letters", "A", "source", "MANUAL"), cell.get("after"));
        Map<String, Object> settings = history.list().get(0);
        assertEquals(2, ((Map<?, ?>) settings.get("before")).get("maxRoles"));
        assertEquals(3, ((Map<?, ?>) settings.get("after")).get("maxRoles"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void findsADeletedPersonWithEverythingTheyHeld() {
        long team = api.team("Leavers");
        long dana = api.person(team, "Dana");
        long sam = api.person(team, "Sam");
        long project = api.project(team, "Phoenix");
        String base = "/api/v1/teams/" + team + "/initiatives/" + project;
        api.post(base + "/responsibilities", map("key", "budget", "name", "Budget")).expect(201);
        api.put(base + "/staffing", List.of(staff("sponsor", dana), staff("delivery-team", sam, dana))).expect(200);
        api.put(base + "/matrix/budget/" + dana, map("letters", "RA")).expect(200);
        api.delete("/api/v1/teams/" + team + "/people/" + dana + "?removeAssignments=true").expect(204);

        var entries = api.get("/api/v1/teams/" + team + "/history?personId=" + dana).expect(200).list();
        // each cell that went with the person is an entry of its own too, recorded with the delete
        assertEquals(List.of("cell.removed", "person.deleted", "cell.set", "person.created"),
                entries.stream().map(e -> e.get("action")).toList());
        assertEquals(map("responsibility", "budget", "person", (int) dana, "letters", "RA", "source", "MANUAL"),
                entries.get(0).get("before"));
        assertEquals(entries.get(0).get("at"), entries.get(1).get("at"), "one change, one moment");
        entries = entries.subList(1, entries.size());
        Map<String, Object> before = (Map<String, Object>) entries.get(0).get("before");
        assertEquals("Dana", ((Map<String, Object>) before.get("person")).get("name"));
        assertEquals(List.of(map("initiativeId", (int) project, "responsibility", "budget", "letters", "RA", "source", "MANUAL")),
                before.get("cells"));
        assertEquals(List.of(map("initiativeId", (int) project, "role", "sponsor", "person", (int) dana),
                        map("initiativeId", (int) project, "role", "delivery-team", "person", (int) sam, "communicatesVia", (int) dana)),
                before.get("staffing"));
        assertEquals("Phoenix", ((List<Map<String, Object>>) before.get("holdings")).get(0).get("initiativeName"));
        assertNull(entries.get(0).get("after"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void findsADeletedInitiativeWithItsWholeMatrix() {
        long team = api.team("Cancelled");
        long dana = api.person(team, "Dana");
        long product = api.initiative(team, map("kind", "PRODUCT", "name", "Atlas", "template", "product",
                "staffing", List.of(staff("product-manager", dana))));
        api.delete("/api/v1/teams/" + team + "/initiatives/" + product).expect(204);
        api.get("/api/v1/teams/" + team + "/initiatives/" + product).expect(404);

        var entries = api.get("/api/v1/teams/" + team + "/history?initiativeId=" + product).expect(200).list();
        // the template's rows and the letters it gave Dana are entries of their own, newest first
        assertEquals(List.of("initiative.deleted", "staffing.replaced", "cell.derived", "responsibility.created", "initiative.created"),
                entries.stream().map(e -> e.get("action")).distinct().toList());
        assertEquals(true, entries.stream().filter(e -> e.get("action").equals("cell.derived"))
                .allMatch(e -> ((Number) e.get("personId")).longValue() == dana), "the template gave letters to Dana only");
        Map<String, Object> before = (Map<String, Object>) entries.get(0).get("before");
        assertEquals("Atlas", ((Map<String, Object>) before.get("initiative")).get("name"));
        assertEquals(List.of(map("role", "product-manager", "person", (int) dana)), before.get("staffing"));
        Map<String, Object> matrix = (Map<String, Object>) before.get("matrix");
        assertEquals(((List<?>) matrix.get("responsibilities")).size() > 5, true, matrix.toString());
        assertEquals(true, ((List<Map<String, Object>>) matrix.get("cells")).stream()
                .anyMatch(c -> c.get("person").equals((int) dana) && c.get("source").equals("ROLE")), matrix.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsInAPersonsHistoryTheCellsATemplateGaveAndTookFromThem() {
        long team = api.team("Templated");
        long dana = api.person(team, "Dana");
        long lee = api.person(team, "Lee");
        long product = api.initiative(team, map("kind", "PRODUCT", "name", "Atlas", "template", "product",
                "staffing", List.of(staff("product-manager", dana), staff("business-analyst", lee))));
        String matrix = "/api/v1/teams/" + team + "/initiatives/" + product;
        api.put(matrix + "/matrix/roadmap/" + lee, map("letters", "A")).expect(200);
        api.put(matrix + "/staffing", List.of(staff("product-manager", dana))).expect(200);

        List<Map<String, Object>> lees = api.get("/api/v1/teams/" + team + "/history?personId=" + lee + "&size=1000").expect(200).list();
        List<Map<String, Object>> taken = lees.stream().filter(e -> e.get("action").equals("cell.derived") && e.get("after") == null).toList();
        List<Map<String, Object>> given = lees.stream().filter(e -> e.get("action").equals("cell.derived") && e.get("before") == null).toList();
        List<Object> leeHeld = ((List<Map<String, Object>>) api.get(matrix + "/matrix?at=" + given.get(0).get("at")).expect(200)
                .map().get("cells")).stream().filter(c -> ((Number) c.get("person")).longValue() == lee).map(c -> (Object) Map.of(
                "responsibility", c.get("responsibility"), "person", c.get("person"), "letters", c.get("letters"), "source", "ROLE"))
                .toList();
        List<Object> givenInRowOrder = new ArrayList<>(given.stream().map(e -> e.get("after")).toList());
        Collections.reverse(givenInRowOrder);
        assertEquals(leeHeld, givenInRowOrder, "each letter the template gave Lee is in his history");
        assertEquals(given.size() - 1, taken.size(), "restaffed without Lee, the template takes them back, but for his hand-set roadmap");
        assertEquals(true, taken.stream().allMatch(e -> "ROLE".equals(((Map<?, ?>) e.get("before")).get("source"))));
    }

    @Test
    void writesNothingForAChangeThatWasRefused() {
        long team = api.team("Refused");
        api.person(team, "Dana");
        String history = "/api/v1/teams/" + team + "/history";
        String total = api.get(history).header("X-Total-Count");
        api.post("/api/v1/teams/" + team + "/people/batch", List.of(
                map("name", "New", "email", "new@example.com"), map("name", "Dup", "email", "dana@example.com"))).expect(409);
        api.post("/api/v1/teams/" + team + "/people", map("name", "Dup", "email", "DANA@example.com")).expect(409);
        assertEquals(total, api.get(history).header("X-Total-Count"));
    }

    @Test
    void recordsEachPersonOfABatchAndPagesNewestFirst() {
        long team = api.team("Paged");
        List<Long> people = api.people(team, "P", 5);
        var page = api.get("/api/v1/teams/" + team + "/history?page=1&size=2").expect(200);
        assertEquals("7", page.header("X-Total-Count"));
        assertEquals(List.of(people.get(2), people.get(1)),
                page.list().stream().map(e -> ((Number) e.get("personId")).longValue()).toList());
        api.get("/api/v1/teams/" + team + "/history?size=0").expect(400);
        api.get("/api/v1/teams/" + team + "/history?page=-1").expect(400);
        api.get("/api/v1/teams/987654/history").expect(404);
    }

    @Test
    void letsAViewerReadTheHistory() {
        TeamAccess team = api.teamWithToken("Watched");
        String viewer = api.as(team.token()).token(team.id(), "auditor", "VIEWER");
        api.as(viewer).get("/api/v1/teams/" + team.id() + "/history").expect(200);
    }
}

package org.raciplanner.matrix;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Moments;
import org.raciplanner.support.Reply;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;
import static org.raciplanner.support.Api.staff;

/** The matrix in the past: when it existed, what a time means, what is refused, and the changes of a span. */
@MicronautTest
class MatrixAtApiTest {

    @Inject
    Api api;
    @Inject
    @Named("default")
    DatasourceConfiguration database;

    @Test
    void answersNotFoundBeforeAnInitiativeExistedAndKeepsADeletedOneReadableAtATimeItExisted() {
        long team = api.team("Lifetimes");
        long dana = api.person(team, "Dana");
        Instant before = Moments.pastMillisecond();
        long product = api.initiative(team, map("kind", "PRODUCT", "name", "Atlas", "template", "product",
                "staffing", List.of(staff("product-manager", dana))));
        String base = "/api/v1/teams/" + team + "/initiatives/" + product;
        Map<String, Object> lived = api.matrix(base);
        Instant during = Moments.pastMillisecond();
        api.delete(base).expect(204);

        Reply notYet = api.get(base + "/matrix?at=" + before).expect(404);
        assertTrue(notYet.map().get("detail").toString().contains("did not exist yet"), notYet.body());
        assertEquals(lived, api.get(base + "/matrix?at=" + during).expect(200).map());
        Reply gone = api.get(base + "/matrix?at=" + Instant.now()).expect(404);
        assertTrue(gone.map().get("detail").toString().contains("had been deleted"), gone.body());
        api.get(base + "/matrix").expect(404);
        assertEquals(List.of(), api.get(base + "/matrix/changes?from=" + during).expect(200).list());
        assertTrue(api.get(base + "/matrix/changes").expect(200).list().size() > 10, "the template's letters, readable after the delete");
    }

    @Test
    void givesTheVersionThenAndNoEntityTagToBaseAChangeOn() {
        long team = api.team("Versions");
        long dana = api.person(team, "Dana");
        long project = api.project(team, "Phoenix");
        String base = "/api/v1/teams/" + team + "/initiatives/" + project;
        api.post(base + "/responsibilities", map("key", "risk", "name", "Risk")).expect(201);
        Map<String, Object> first = api.matrix(base);
        Instant then = Moments.pastMillisecond();
        api.put(base + "/matrix/risk/" + dana, map("letters", "A")).expect(200);
        api.delete(base + "/matrix/budget-is-not-a-row/" + dana).expect(404);

        Reply past = api.get(base + "/matrix?at=" + then).expect(200);
        assertEquals(first, past.map());
        assertEquals(2, ((Number) past.map().get("version")).intValue());
        assertNull(past.header("ETag"));
        assertEquals(3, ((Number) api.get(base + "/matrix?at=" + Instant.now()).expect(200).map().get("version")).intValue());
    }

    @Test
    void takesTwoChangesInOneMillisecondBothOrNeither() throws SQLException {
        long team = api.team("Same millisecond");
        long dana = api.person(team, "Dana");
        long project = api.project(team, "Phoenix");
        String base = "/api/v1/teams/" + team + "/initiatives/" + project;
        api.post(base + "/responsibilities", map("key", "risk", "name", "Risk")).expect(201);
        api.put(base + "/matrix/risk/" + dana, map("letters", "C")).expect(200);
        api.put(base + "/matrix/risk/" + dana, map("letters", "A")).expect(200);
        // as if both writes had come within one millisecond: .100250 and .100750
        Instant millisecond = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).plusMillis(100);
        moveCellEntries(project, millisecond.plusNanos(250_000), millisecond.plusNanos(750_000));

        assertEquals(List.of(), cells(base, millisecond.minusMillis(1)), "neither: the millisecond before");
        assertEquals(List.of("A"), cells(base, millisecond), "both: the state after the second");
        assertEquals(List.of("A"), cells(base, millisecond.plusNanos(400_000)), "finer digits of the instant do not split them");
        List<Map<String, Object>> both = api.get(base + "/matrix/changes?from=" + millisecond.minusMillis(1) + "&to=" + millisecond)
                .expect(200).list();
        assertEquals(List.of("C", "A"), both.stream().map(c -> c.get("after")).toList());
        assertEquals(millisecond.toString(), both.get(0).get("at"));
    }

    @Test
    void refusesBadInstantsAndPagesNamingTheField() {
        long team = api.team("Bad input");
        long project = api.project(team, "Phoenix");
        String base = "/api/v1/teams/" + team + "/initiatives/" + project;
        assertEquals(List.of("at: must be an ISO-8601 instant with a zone, such as 2026-11-29T10:15:30Z, not \"yesterday\""),
                api.get(base + "/matrix?at=yesterday").expect(400).problems());
        assertEquals("at", field(api.get(base + "/matrix?at=2026-11-29T10:15:30").expect(400)), "an instant needs its zone");
        assertEquals("from", field(api.get(base + "/matrix/changes?from=2026-11-29T10:00:00Z&to=2026-11-29T09:00:00Z").expect(400)));
        assertEquals("to", field(api.get(base + "/matrix/changes?to=soon").expect(400)));
        assertEquals("size", field(api.get(base + "/matrix/changes?size=0").expect(400)));
        assertEquals("size", field(api.get(base + "/matrix/changes?size=1001").expect(400)));
        assertEquals("page", field(api.get(base + "/matrix/changes?page=-1").expect(400)));
        api.get(base + "/matrix/changes?from=2026-11-29T10:00:00Z&to=2026-11-29T10:00:00Z").expect(200);
    }

    @Test
    void answersAnotherTeamsInitiativeAsIfItDidNotExist() {
        long mine = api.team("Mine");
        long theirs = api.team("Theirs");
        long project = api.project(theirs, "Secret");
        String asMine = "/api/v1/teams/" + mine + "/initiatives/" + project;
        api.get(asMine + "/matrix?at=" + Instant.now()).expect(404);
        api.get(asMine + "/matrix/changes").expect(404);
        api.get("/api/v1/teams/987654/initiatives/" + project + "/matrix/changes").expect(404);
        api.get("/api/v1/teams/" + theirs + "/initiatives/" + project + "/matrix/changes").expect(200);
    }

    @Test
    void pagesTheChangesOldestFirstWithTheTotal() {
        long team = api.team("Paged changes");
        List<Long> people = api.people(team, "P", 5);
        long project = api.project(team, "Phoenix");
        String base = "/api/v1/teams/" + team + "/initiatives/" + project;
        api.post(base + "/responsibilities", map("key", "risk", "name", "Risk")).expect(201);
        people.forEach(p -> api.put(base + "/matrix/risk/" + p, map("letters", "C")).expect(200));
        api.put(base + "/matrix/risk/" + people.get(0), map("letters", "C")).expect(200);

        Reply page = api.get(base + "/matrix/changes?page=1&size=2").expect(200);
        assertEquals("5", page.header("X-Total-Count"), "setting C over C changes no letters");
        assertEquals(List.of(people.get(2), people.get(3)), page.list().stream().map(c -> ((Number) c.get("person")).longValue()).toList());
        assertEquals(map("responsibility", "risk", "person", people.get(2).intValue(), "after", "C", "actor", "operator",
                "action", "cell.set"), without(page.list().get(0), "id", "at"));
    }

    /** An initiative that existed before V8 gets a baseline: from then on it replays exactly; before it, 404 says why. */
    @Test
    void replaysFromTheUpgradesBaselineAndRefusesTheTimeBeforeIt() throws SQLException {
        long team = api.team("Upgraded");
        long dana = api.person(team, "Dana");
        Instant before = Moments.pastMillisecond();
        long product = api.initiative(team, map("kind", "PRODUCT", "name", "Atlas", "template", "product",
                "staffing", List.of(staff("product-manager", dana))));
        String base = "/api/v1/teams/" + team + "/initiatives/" + product;
        api.put(base + "/matrix/roadmap/" + dana, map("letters", "C")).expect(200);
        Instant old = Moments.pastMillisecond();
        sql("delete from history where initiative_id = ? and action not in ('initiative.created', 'staffing.replaced')", product);
        sql("insert into history (team_id, at, actor, action, initiative_id, after, matrix_version) select team_id, clock_timestamp(),"
                + " 'upgrade', 'matrix.baseline', id, matrix_baseline(id), matrix_version from initiative where id = ?", product);
        Map<String, Object> now = api.matrix(base);

        assertEquals(now, api.get(base + "/matrix?at=" + Instant.now()).expect(200).map());
        assertTrue(api.get(base + "/matrix?at=" + old).expect(404).map().get("detail").toString().contains("before its matrix was recorded"));
        assertTrue(api.get(base + "/matrix?at=" + before).expect(404).map().get("detail").toString().contains("did not exist yet"));
        api.put(base + "/matrix/roadmap/" + dana, map("letters", "I")).expect(200);
        assertEquals(api.matrix(base), api.get(base + "/matrix?at=" + Instant.now()).expect(200).map());
    }

    @SuppressWarnings("unchecked")
    private List<Object> cells(String base, Instant at) {
        return ((List<Map<String, Object>>) api.get(base + "/matrix?at=" + at).expect(200).map().get("cells")).stream()
                .map(c -> c.get("letters")).toList();
    }

    private void moveCellEntries(long initiative, Instant first, Instant second) throws SQLException {
        sql("update history set at = ? where id = (select min(id) from history where initiative_id = ? and action = 'cell.set')",
                first, initiative);
        sql("update history set at = ? where id = (select max(id) from history where initiative_id = ? and action = 'cell.set')",
                second, initiative);
    }

    /** Written outside the service, committed at once. */
    private void sql(String statement, Object... parameters) throws SQLException {
        try (Connection c = DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(), database.getPassword());
             PreparedStatement q = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i] instanceof Instant at ? java.sql.Timestamp.from(at) : parameters[i]);
            }
            q.executeUpdate();
        }
    }


    private static String field(Reply reply) {
        return reply.problems().get(0).split(":")[0];
    }

    private static Map<String, Object> without(Map<String, Object> m, String... keys) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(m);
        List.of(keys).forEach(copy::remove);
        return copy;
    }
}

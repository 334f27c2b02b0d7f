package org.raciplanner.scenario;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Previews;
import org.raciplanner.support.Startup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Previews.COMMUNICATION;
import static org.raciplanner.support.Api.map;

/**
 * Applying a scenario: through the write paths in one transaction, leaving the warnings exactly as
 * the preview said, every history entry naming it; refused on a second apply, on cells someone else
 * changed (unless forced), and rolled back whole when any write fails.
 */
@MicronautTest
class ScenarioApplyApiTest {

    @Inject
    Api api;

    @Inject
    @Named("default")
    DatasourceConfiguration database;

    @Test
    void theStartupsWarningsAfterTheApplyAreExactlyWhatThePreviewSaid() {
        Startup s = api.startup();
        String team = "/api/v1/teams/" + s.team();
        List<Map<String, Object>> before = api.get(team + "/warnings").expect(200).list();
        Map<String, Object> preview = api.post(team + "/what-if", Map.of("changes", Previews.relieveDana(s))).expect(200).map();
        long id = Previews.saveReliefOfDana(api, s);

        Map<String, Object> applied = api.post(team + "/scenarios/" + id + "/apply", Map.of()).expect(200).map();

        assertEquals(preview, applied.get("result"));
        assertEquals(Previews.after(before, preview), Previews.byId(api.get(team + "/warnings").expect(200).list()));
        assertEquals("RA", api.letters(s.base(s.project()), COMMUNICATION, s.local().get(1)));
        assertEquals(null, api.letters(s.base(s.project()), COMMUNICATION, s.dana()));
        Map<String, Object> scenario = api.get(team + "/scenarios/" + id).expect(200).map();
        assertEquals(applied.get("version"), scenario.get("teamVersion"), "the version the apply left the team at");
        assertEquals(map("by", "operator", "version", applied.get("version")).toString(), without((Map<?, ?>) scenario.get("applied")));
        assertEquals(null, scenario.get("result"), "applied: its changes are the team's now");
    }

    @Test
    void aMixOfEveryChangeTypeAppliedEqualsItsPreview() {
        Startup s = api.startup();
        String team = "/api/v1/teams/" + s.team();
        long sam = s.local().get(2);
        List<Object> changes = List.of(
                map("type", "addPerson", "ref", "new:casey", "name", "Casey Coordinator", "email", "casey@example.com",
                        "remote", true, "capacityHours", 32),
                map("type", "staff", "initiativeId", s.project(), "role", "project-coordinator", "person", "new:casey"),
                map("type", "setCommunicatesVia", "initiativeId", s.project(), "person", s.remote().get(0), "via", "new:casey"),
                map("type", "setCommunicatesVia", "initiativeId", s.project(), "person", s.remote().get(1), "via", "new:casey"),
                map("type", "staff", "initiativeId", s.project(), "role", "sponsor", "person", sam),
                map("type", "unstaff", "initiativeId", s.product(), "role", "product-owner", "person", s.dana()),
                map("type", "setCell", "initiativeId", s.product(), "responsibility", "backlog", "person", sam, "letters", "a/r"),
                map("type", "moveCell", "initiativeId", s.product(), "responsibility", "roadmap", "from", s.dana(), "to", "new:casey"),
                map("type", "setCell", "initiativeId", s.project(), "responsibility", "budget", "person", s.dana(), "letters", ""),
                map("type", "setCapacity", "person", s.dana(), "capacityHours", 45.5));
        List<Map<String, Object>> before = api.get(team + "/warnings").expect(200).list();
        long id = api.post(team + "/scenarios", map("name", "Everything", "changes", changes)).expect(201).id();
        Map<String, Object> preview = api.get(team + "/scenarios/" + id).expect(200).map();

        Map<String, Object> applied = api.post(team + "/scenarios/" + id + "/apply", Map.of()).expect(200).map();

        long casey = api.get(team + "/people?size=100").expect(200).list().stream().filter(p -> p.get("name").equals("Casey Coordinator"))
                .map(p -> ((Number) p.get("id")).longValue()).findFirst().orElseThrow();
        Map<String, Map<String, Object>> expected = new java.util.TreeMap<>(Previews.after(before, result(preview)));
        String predicted = expected.toString().replace("p-1", "p" + casey).replace("personId=-1", "personId=" + casey);
        assertEquals(predicted, new java.util.TreeMap<>(Previews.byId(api.get(team + "/warnings").expect(200).list())).toString());
        assertEquals(preview.get("result").toString(), applied.get("result").toString());
        assertEquals("RA", api.letters(s.base(s.product()), "backlog", sam));
        assertEquals("RA", api.letters(s.base(s.product()), "roadmap", casey));
        assertEquals(45.5, ((Number) api.get(team + "/people/" + s.dana()).expect(200).map().get("capacityHours")).doubleValue());
    }

    @Test
    void everyHistoryEntryOfTheApplyNamesTheScenario() {
        Startup s = api.startup();
        String team = "/api/v1/teams/" + s.team();
        long id = Previews.saveReliefOfDana(api, s);
        api.post(team + "/scenarios/" + id + "/apply", Map.of()).expect(200);

        List<Map<String, Object>> entries = api.get(team + "/history?scenarioId=" + id).expect(200).list();
        assertEquals(List.of("scenario.applied", "cell.set", "cell.cleared", "cell.set", "cell.cleared", "staffing.replaced",
                "staffing.replaced"), entries.stream().map(e -> e.get("action")).filter(a -> !a.equals("cell.derived")).toList(),
                "newest first, besides the letters the templates gave or took with the staffing");
        assertTrue(entries.stream().anyMatch(e -> e.get("action").equals("cell.derived")));
        assertTrue(entries.stream().allMatch(e -> e.get("scenario").toString().equals(map("id", id, "name", "Relieve Dana").toString())));
        assertEquals(entries.size(), api.get(team + "/history?size=" + entries.size()).expect(200).list().stream()
                .filter(e -> e.get("scenario") != null).count(), "and they are the newest of the team's history");
    }

    @Test
    void refusesASecondApply() {
        Startup s = api.startup();
        String team = "/api/v1/teams/" + s.team();
        long id = Previews.saveReliefOfDana(api, s);
        api.post(team + "/scenarios/" + id + "/apply", Map.of()).expect(200);
        List<Map<String, Object>> warnings = api.get(team + "/warnings").expect(200).list();
        assertEquals(List.of("applied: is set: the scenario was applied"),
                api.post(team + "/scenarios/" + id + "/apply", Map.of()).expect(409).problems());
        api.patch(team + "/scenarios/" + id, map("name", "Again")).expect(409);
        assertEquals(warnings, api.get(team + "/warnings").expect(200).list());
    }

    @Test
    void refusesCellsSomeoneElseChangedSinceNamingThemUnlessForced() {
        Startup s = api.startup();
        String team = "/api/v1/teams/" + s.team();
        long id = Previews.saveReliefOfDana(api, s);
        long communicator = s.local().get(1);
        api.put(s.base(s.project()) + "/matrix/" + COMMUNICATION + "/" + communicator, map("letters", "C")).expect(200);
        api.put(s.base(s.project()) + "/matrix/roadmap-not-touched-by-the-scenario", map("letters", "C"));
        List<Map<String, Object>> warnings = api.get(team + "/warnings").expect(200).list();

        List<String> conflicts = api.post(team + "/scenarios/" + id + "/apply", Map.of()).expect(409).problems();
        assertEquals(List.of("Atlas launch › " + COMMUNICATION + " › Local 2: was I at version " + baseVersion(team, id)
                + ", the scenario's base; someone else made it C since"), conflicts);
        assertEquals(warnings, api.get(team + "/warnings").expect(200).list(), "nothing was applied");
        assertEquals(0, api.get(team + "/history?scenarioId=" + id).expect(200).list().size());

        api.post(team + "/scenarios/" + id + "/apply?force=true", Map.of()).expect(200);
        assertEquals("RA", api.letters(s.base(s.project()), COMMUNICATION, communicator), "the scenario's letters won");
        api.post(team + "/scenarios/" + id + "/apply?force=maybe", Map.of()).expect(400);
    }

    @Test
    void aChangeSomeoneElseMadeElsewhereIsNoConflict() {
        Startup s = api.startup();
        String team = "/api/v1/teams/" + s.team();
        long id = Previews.saveReliefOfDana(api, s);
        api.put(s.base(s.project()) + "/matrix/budget/" + s.local().get(5), map("letters", "A")).expect(200);
        api.post(team + "/scenarios/" + id + "/apply", Map.of()).expect(200);
        assertEquals("A", api.letters(s.base(s.project()), "budget", s.local().get(5)), "their change stays");
    }

    @Test
    void nothingIsPartlyAppliedWhenAWriteFailsHalfWay() throws SQLException {
        Startup s = api.startup();
        String team = "/api/v1/teams/" + s.team();
        long id = Previews.saveReliefOfDana(api, s);
        List<Map<String, Object>> warnings = api.get(team + "/warnings").expect(200).list();
        List<Map<String, Object>> staffing = api.get(s.base(s.product()) + "/staffing").expect(200).list();
        long version = baseVersion(team, id);
        // the last write of the apply (Local 2 taking the launch's communication) fails in the database
        sql("create function refuse_cell() returns trigger language plpgsql as $$ begin"
                + " if new.person_id = " + s.local().get(1) + " and new.initiative_id = " + s.project() + " and new.letters = 'RA'"
                + " then raise exception 'refused' using errcode = '23514'; end if; return new; end $$");
        sql("create trigger refuse_cell before insert or update on cell for each row execute function refuse_cell()");
        try {
            api.post(team + "/scenarios/" + id + "/apply", Map.of()).expect(400);
        } finally {
            sql("drop trigger refuse_cell on cell");
            sql("drop function refuse_cell()");
        }
        assertEquals(warnings, api.get(team + "/warnings").expect(200).list());
        assertEquals(staffing, api.get(s.base(s.product()) + "/staffing").expect(200).list(), "the staffing change went back too");
        Map<String, Object> scenario = api.get(team + "/scenarios/" + id).expect(200).map();
        assertEquals(version, ((Number) scenario.get("teamVersion")).longValue(), "no version moved");
        assertEquals(null, scenario.get("applied"));
        assertEquals(0, api.get(team + "/history?scenarioId=" + id).expect(200).list().size());
        api.post(team + "/scenarios/" + id + "/apply", Map.of()).expect(200);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> result(Map<String, Object> scenario) {
        return (Map<String, Object>) scenario.get("result");
    }

    private long baseVersion(String team, long id) {
        return ((Number) api.get(team + "/scenarios/" + id).expect(200).map().get("baseVersion")).longValue();
    }

    /** Outside the service, committed at once. */
    private void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(), database.getPassword());
             Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    private static String without(Map<?, ?> applied) {
        return map("by", applied.get("by"), "version", applied.get("version")).toString();
    }
}

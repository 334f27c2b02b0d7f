package org.raciplanner.api;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.raciplanner.support.Api;
import org.raciplanner.support.Reply;
import org.raciplanner.support.Workbooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;
import static org.raciplanner.api.Races.race;
import static org.raciplanner.api.Races.statuses;

/**
 * Two instances of the service on one database, as behind a load balancer: every versioned or
 * unique write raced across both ends in one winner and clean refusals, never a 5xx, and no write
 * is lost. Even racers go to this test's server, odd ones to the second.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesRaceApiTest {

    private static final int RACERS = 16;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Api api;
    @Inject
    JsonMapper json;
    @Inject
    @Named("default")
    DatasourceConfiguration database;

    private ApplicationContext second;
    private Api other;

    @BeforeAll
    void startASecondInstanceOnTheSameDatabase() {
        second = ApplicationContext.run(Map.of(
                "datasources.default.url", database.getJdbcUrl(),
                "datasources.default.username", database.getUsername(),
                "datasources.default.password", database.getPassword() == null ? "" : database.getPassword(),
                "raci.database.isolate", false), "test");
        EmbeddedServer server = second.getBean(EmbeddedServer.class).start();
        other = new Api(server, json, "test-operator-token");
    }

    @AfterAll
    void stopIt() {
        if (second != null) {
            second.close();
        }
    }

    private Api instance(int racer) {
        return racer % 2 == 0 ? api : other;
    }

    @Test
    void oneOfManySingleAddsOfOneEmailWins() {
        long team = api.team("Single race");
        List<Reply> replies = race(RACERS, i -> instance(i).post("/api/v1/teams/" + team + "/people",
                map("name", "Racer " + i, "email", "same@example.com")));

        assertEquals(Map.of(201, 1L, 409, (long) RACERS - 1), statuses(replies));
        assertEquals("1", other.get("/api/v1/teams/" + team + "/people").header("X-Total-Count"));
    }

    @Test
    void oneOfOverlappingBatchesWinsAndTheOthersNameEveryClash() {
        long team = api.team("Batch race");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(map("name", "Row " + i, "email", "row" + i + "@example.com"));
        }
        List<Reply> replies = race(8, i -> instance(i).post("/api/v1/teams/" + team + "/people/batch", rows));

        assertEquals(Map.of(201, 1L, 409, 7L), statuses(replies));
        replies.stream().filter(r -> r.status() == 409).forEach(r ->
                assertEquals(20, r.problems().stream().filter(p -> p.matches("\\[\\d+]\\.email: row\\d+@example.com .*")).count(), r.body()));
        assertEquals("20", other.get("/api/v1/teams/" + team + "/people").header("X-Total-Count"));
    }

    @Test
    void oneOfManyPersonChangesOnOneVersionWins() {
        long team = api.team("Patch race");
        long dana = api.person(team, "Dana");
        String path = "/api/v1/teams/" + team + "/people/" + dana;
        List<Reply> replies = race(RACERS, i -> instance(i).patch(path, map("title", "Title " + i, "version", 0)));

        assertOneWinnerKept(replies, path, "title");
    }

    @Test
    void oneOfManyInitiativeChangesOnOneVersionWins() {
        long team = api.team("Initiative race");
        long project = api.project(team, "Phoenix");
        String path = "/api/v1/teams/" + team + "/initiatives/" + project;
        List<Reply> replies = race(RACERS, i -> instance(i).patch(path, map("name", "Phoenix " + i, "version", 0)));

        assertOneWinnerKept(replies, path, "name");
    }

    @Test
    void settingsChangesQueueUpAndNoneIsLost() {
        long team = api.team("Settings race");
        String path = "/api/v1/teams/" + team + "/settings";
        List<Reply> replies = race(RACERS, i -> instance(i).patch(path, map("maxConsulted", 100 + i)));

        assertEquals(Map.of(200, (long) RACERS), statuses(replies));
        List<Map<String, Object>> changes = api.get("/api/v1/teams/" + team + "/history?size=100").list().stream()
                .filter(e -> "settings.changed".equals(e.get("action"))).toList();
        assertEquals(RACERS, changes.size(), "each change was applied to the one before it");
        Object last = ((Map<?, ?>) changes.get(0).get("after")).get("maxConsulted");
        assertEquals(last, other.get(path).map().get("maxConsulted"));
    }

    @Test
    void oneOfManyMatrixWritesWithOneEtagWins() {
        Matrix m = matrix("Etag race");
        String etag = api.get(m.base() + "/matrix").expect(200).header("ETag");
        String[] letters = {"R", "A", "C", "I"};
        List<Reply> replies = race(RACERS, i -> instance(i).put(m.base() + "/matrix/risk/" + m.people().get(0),
                map("letters", letters[i % 4]), Map.of("If-Match", etag)));

        assertEquals(Map.of(200, 1L, 412, (long) RACERS - 1), statuses(replies));
        String winner = (String) replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().map().get("letters");
        assertEquals(winner, m.letters(other, "risk", m.people().get(0)));
    }

    @Test
    void aWorkbookUploadAndACellWriteBothLandOrOneIsRefused() {
        for (int round = 0; round < 4; round++) {
            Matrix m = matrix("Upload race " + round);
            long uploader = m.people().get(0);
            long writer = m.people().get(1);
            api.put(m.base() + "/matrix/risk/" + uploader, map("letters", "C")).expect(200);
            api.put(m.base() + "/matrix/risk/" + writer, map("letters", "I")).expect(200);
            byte[] workbook = api.download(m.base() + "/raci.xlsx").expect(200).body();
            byte[] edited = Workbooks.edit(workbook, book -> Workbooks.type(
                    Workbooks.cell(book.getSheetAt(0), "Risk", "racer1@example.com"), "A"));
            String etag = api.get(m.base() + "/matrix").header("ETag");
            List<Reply> replies = race(2, i -> i == 0
                    ? api.upload("PUT", m.base() + "/raci.xlsx", XLSX, edited)
                    : other.put(m.base() + "/matrix/risk/" + writer, map("letters", "R"), Map.of("If-Match", etag)));

            assertEquals(200, replies.get(0).status(), replies.get(0).body());
            assertEquals("A", m.letters(api, "risk", uploader), "the upload landed");
            int cell = replies.get(1).status();
            assertTrue(cell == 200 || cell == 412, replies.get(1).body());
            assertEquals(cell == 200 ? "R" : "I", m.letters(other, "risk", writer), "the cell write landed exactly when it said so");
        }
    }

    @Test
    void deletingAPersonWhileTheirCellIsWrittenNeverDeadlocks() {
        for (int round = 0; round < 6; round++) {
            Matrix m = matrix("Delete race " + round);
            long victim = m.people().get(0);
            api.put(m.base() + "/matrix/risk/" + victim, map("letters", "C")).expect(200);
            String person = "/api/v1/teams/" + m.team() + "/people/" + victim;
            List<Reply> replies = race(2, i -> i == 0
                    ? api.delete(person + "?removeAssignments=true")
                    : other.put(m.base() + "/matrix/risk/" + victim, map("letters", "R")));

            assertEquals(204, replies.get(0).status(), replies.get(0).body());
            assertTrue(Set.of(200, 404).contains(replies.get(1).status()), replies.get(1).body());
            assertEquals(null, m.letters(api, "risk", victim), "no cell outlives its person");
        }
    }

    private void assertOneWinnerKept(List<Reply> replies, String path, String field) {
        assertEquals(Map.of(200, 1L, 409, (long) RACERS - 1), statuses(replies));
        Map<String, Object> winner = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().map();
        Map<String, Object> stored = other.get(path).expect(200).map();
        assertEquals(winner.get(field), stored.get(field));
        assertEquals(1, ((Number) stored.get("version")).intValue());
    }

    private Matrix matrix(String name) {
        long team = api.team(name);
        List<Long> people = api.people(team, "Racer", 2);
        long project = api.project(team, name);
        String base = "/api/v1/teams/" + team + "/initiatives/" + project;
        api.post(base + "/responsibilities", map("key", "risk", "name", "Risk")).expect(201);
        return new Matrix(team, base, people.stream().sorted().toList());
    }

    private record Matrix(long team, String base, List<Long> people) {
        @SuppressWarnings("unchecked")
        String letters(Api via, String key, long person) {
            return ((List<Map<String, Object>>) via.get(base + "/matrix").expect(200).map().get("cells")).stream()
                    .filter(c -> key.equals(c.get("responsibility")) && ((Number) c.get("person")).longValue() == person)
                    .map(c -> (String) c.get("letters")).collect(Collectors.collectingAndThen(Collectors.toList(),
                            found -> found.isEmpty() ? null : found.get(0)));
        }
    }
}

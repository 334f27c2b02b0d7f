package org.raciplanner.matrix;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Moments;
import org.raciplanner.support.Reply;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The history gives back every matrix exactly: a long random run of writes of every kind (see
 * {@link RandomWrites}) records each living matrix after each write, and then {@code ?at=} each
 * recorded instant must answer exactly what was recorded (rows, people, letters, sources, version),
 * initiatives not yet created or already deleted 404; and the matrix at one instant with the cell
 * changes up to the next applied gives the next.
 *
 * <p>{@code at} reads to the millisecond (the precision the API shows): the state at an instant is the
 * state after every change shown at that millisecond or before. So the run waits for the clock to
 * pass the millisecond of each recorded instant before its next write, as any two writes of people
 * are apart anyway; two changes within one millisecond are both in or both out ({@code ReplayTest}).
 *
 * <p>Checkpoints are kept every 25 replayed entries here (1,000 in service), so that most reads start
 * from one that an earlier read kept.
 *
 * <p>Seeded and reproducible: {@code -Draci.replay.seed=N -Draci.replay.steps=M}; the seed is printed.
 */
@MicronautTest
@Property(name = "raci.history.checkpoint-every", value = "25")
class MatrixHistoryPropertyApiTest {

    private static final long SEED = Long.getLong("raci.replay.seed", 18);
    private static final int STEPS = Integer.getInteger("raci.replay.steps", 300);

    @Inject
    Api api;
    @Inject
    @Named("default")
    DatasourceConfiguration database;

    @Test
    void everyMatrixReadsBackExactlyAtEveryRecordedInstant() throws SQLException {
        System.out.println("[replay] seed " + SEED + ", " + STEPS + " writes (repeat: -Draci.replay.seed=" + SEED
                + " -Draci.replay.steps=" + STEPS + ")");
        long team = api.team("Replay " + SEED);
        List<String> roles = api.get("/api/v1/templates/product").expect(200).map().get("roles") instanceof List<?> list
                ? list.stream().map(r -> (String) ((Map<?, ?>) r).get("key")).toList() : List.of();
        RandomWrites writes = new RandomWrites(api, new Random(SEED), team, roles);
        writes.addPeople(8);
        Set<Long> initiatives = new LinkedHashSet<>();
        initiatives.add(writes.createInitiative("Atlas", true));
        initiatives.add(writes.createInitiative("Borealis", false));
        List<Moment> moments = new ArrayList<>();
        moments.add(moment(writes.read()));
        long cassini = 0;
        for (int step = 1; step <= STEPS; step++) {
            if (step == STEPS / 3) {
                cassini = writes.createInitiative("Cassini", true);
                initiatives.add(cassini);
            } else if (step == 2 * STEPS / 3) {
                writes.deleteInitiative(cassini);
            } else {
                writes.step();
            }
            moments.add(moment(writes.read()));
        }
        System.out.println("[replay] writes by kind and answer: " + writes.counts());

        for (Moment m : moments) {
            for (long id : initiatives) {
                Reply then = api.get(base(team, id) + "/matrix?at=" + m.at()).expect(m.matrices().containsKey(id) ? 200 : 404);
                if (then.status() == 200) {
                    assertEquals(m.matrices().get(id), then.map(), "initiative " + id + " at " + m.at());
                }
            }
        }
        long kept = count("select count(*) from matrix_checkpoint where team_id = " + team);
        System.out.println("[replay] " + moments.size() + " moments read back, " + kept + " checkpoints kept on the way");
        assertTrue(kept > 0, "the reads replayed from checkpoints that earlier reads kept");
        for (int i = 1; i < moments.size(); i++) {
            for (long id : initiatives) {
                if (moments.get(i - 1).matrices().containsKey(id) && moments.get(i).matrices().containsKey(id)) {
                    assertChangesLeadFromOneToTheNext(team, id, moments.get(i - 1), moments.get(i));
                }
            }
        }
    }

    /** The letters at {@code from}, each change applied in order (its before must be what the cell held), give those at {@code to}. */
    private void assertChangesLeadFromOneToTheNext(long team, long id, Moment from, Moment to) {
        Map<String, Object> letters = letters(from.matrices().get(id));
        List<Map<String, Object>> changes = api.get(base(team, id) + "/matrix/changes?from=" + from.at() + "&to=" + to.at()
                + "&size=1000").expect(200).list();
        for (Map<String, Object> change : changes) {
            String cell = change.get("responsibility") + "|" + change.get("person");
            assertEquals(letters.get(cell), change.get("before"), () -> "before of " + change + " between " + from.at() + " and " + to.at());
            if (change.get("after") == null) {
                letters.remove(cell);
            } else {
                letters.put(cell, change.get("after"));
            }
        }
        assertEquals(letters(to.matrices().get(id)), letters, "initiative " + id + " from " + from.at() + " to " + to.at());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> letters(Map<String, Object> matrix) {
        Map<String, Object> letters = new HashMap<>();
        ((List<Map<String, Object>>) matrix.get("cells")).forEach(c -> letters.put(c.get("responsibility") + "|" + c.get("person"),
                c.get("letters")));
        return letters;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(), database.getPassword());
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The instant after the reads, then a wait until the clock is past its millisecond, so that the
     * next write is shown at a later millisecond than this instant.
     */
    private static Moment moment(Map<Long, Map<String, Object>> matrices) {
        return new Moment(Moments.pastMillisecond(), matrices);
    }

    private static String base(long team, long initiative) {
        return "/api/v1/teams/" + team + "/initiatives/" + initiative;
    }

    private record Moment(Instant at, Map<Long, Map<String, Object>> matrices) {
    }
}

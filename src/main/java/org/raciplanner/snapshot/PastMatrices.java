package org.raciplanner.snapshot;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.raciplanner.api.Timestamps;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.micronaut.transaction.TransactionDefinition.Isolation.REPEATABLE_READ;

/**
 * The read model in the past: one initiative's matrix as it was at an instant, rebuilt from the
 * history ({@link Replay}). The state at an instant is the state after every change the history
 * shows at that millisecond or before ({@link Timestamps#endOf}); entries are replayed in the order
 * they were written, from the initiative's creation or from its latest baseline before the instant.
 * People appear with the name and e-mail they had then.
 */
@Singleton
public class PastMatrices {

    /** Only what the replay needs: a cell entry's fields, and the JSON of every other entry. */
    private static final String ENTRIES = """
            select h.id, h.at, h.action, h.matrix_version,
                   coalesce(h.after, h.before) ->> 'responsibility', cast(coalesce(h.after, h.before) ->> 'person' as bigint),
                   h.after ->> 'letters', h.after ->> 'source',
                   case when h.action not like 'cell.%' then cast(coalesce(h.after, h.before) as text) end
              from history h
             where h.team_id = ? and h.initiative_id = ? and h.at < ? and h.id >= ?
             order by h.id""";
    /** A cell entry's letters and source, and the JSON of any other entry, come after the id, moment, action and version. */
    private static final int FIELDS = 5;
    /** The latest baseline before the end, and the first one at all. */
    private static final String BASELINES = """
            select max(id) filter (where at < ?), min(at)
              from history where team_id = ? and initiative_id = ? and action = 'matrix.baseline'""";
    private static final String FIRST = "select at from history where team_id = ? and initiative_id = ? order by id limit 1";
    /** Each person's latest created or updated entry before the end. */
    private static final String PEOPLE = """
            select distinct on (person_id) person_id, after ->> 'name', after ->> 'email', after ->> 'title',
                   cast(after ->> 'remote' as boolean), cast(after ->> 'capacityHours' as numeric)
              from history
             where team_id = ? and person_id = any(?) and action in ('person.created', 'person.updated') and at < ?
             order by person_id, id desc""";
    private static final String TEAM_NAME = "select name from team where id = ?";

    private final DataSource dataSource;
    private final JsonMapper json;
    private final Checkpoints checkpoints;
    private final int checkpointEvery;

    PastMatrices(DataSource dataSource, JsonMapper json, Checkpoints checkpoints,
                 @Value("${raci.history.checkpoint-every:1000}") int checkpointEvery) {
        this.dataSource = dataSource;
        this.json = json;
        this.checkpoints = checkpoints;
        this.checkpointEvery = checkpointEvery;
    }

    /** What the history says of an initiative at an instant: its matrix then, or why there is none. */
    public record AsOf(@Nullable Snapshot.OneMatrix matrix, Absence absence) {
    }

    /** Why there is no matrix at an instant. */
    public enum Absence {
        /** there is one */
        NONE,
        /** the team's history never names such an initiative (another team's, or no such id) */
        UNKNOWN,
        /** it was created later */
        NOT_YET,
        /** it had been deleted by then */
        DELETED,
        /** it existed before its changes were recorded cell by cell, and the instant is from that time */
        NOT_RECORDED
    }

    @Transactional(readOnly = true, isolation = REPEATABLE_READ)
    public AsOf initiative(long teamId, long initiativeId, Instant at) {
        OffsetDateTime end = OffsetDateTime.ofInstant(Timestamps.endOf(at), ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            OffsetDateTime[] first = new OffsetDateTime[1];
            Sql.each(c, FIRST, rs -> first[0] = rs.getObject(1, OffsetDateTime.class), teamId, initiativeId);
            if (first[0] == null) {
                return new AsOf(null, Absence.UNKNOWN);
            }
            long[] baseline = {0};
            OffsetDateTime[] firstBaseline = new OffsetDateTime[1];
            Sql.eachWith(c, BASELINES, rs -> {
                baseline[0] = rs.getLong(1);
                firstBaseline[0] = rs.getObject(2, OffsetDateTime.class);
            }, end, teamId, initiativeId);
            if (baseline[0] == 0 && firstBaseline[0] != null) {
                return new AsOf(null, first[0].isBefore(end) ? Absence.NOT_RECORDED : Absence.NOT_YET);
            }
            Replay replay = new Replay();
            long from = baseline[0];
            Checkpoints.Checkpoint checkpoint = checkpoints.latest(c, teamId, initiativeId, end);
            if (checkpoint != null && checkpoint.historyId() >= baseline[0]) {
                replay.apply(Replay.Entry.of("matrix.baseline", checkpoint.version(), checkpoint.state()));
                from = checkpoint.historyId() + 1;
            }
            List<Checkpoints.Checkpoint> kept = new ArrayList<>();
            int[] applied = {0};
            Sql.eachWith(c, ENTRIES, rs -> {
                replay.apply(entry(rs));
                if (++applied[0] % checkpointEvery == 0 && replay.lifecycle() == Replay.Lifecycle.LIVING) {
                    kept.add(new Checkpoints.Checkpoint(teamId, initiativeId, rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
                            replay.version(), replay.state()));
                }
            }, teamId, initiativeId, end, from);
            if (!kept.isEmpty()) {
                checkpoints.save(kept);
            }
            if (replay.lifecycle() != Replay.Lifecycle.LIVING) {
                return new AsOf(null, replay.lifecycle() == Replay.Lifecycle.NOT_YET ? Absence.NOT_YET : Absence.DELETED);
            }
            Map<Long, Snapshot.Person> people = people(c, teamId, replay, end);
            String[] teamName = new String[1];
            Sql.each(c, TEAM_NAME, rs -> teamName[0] = rs.getString(1), teamId);
            return new AsOf(new Snapshot.OneMatrix(teamName[0], replay.matrix(people::get)), Absence.NONE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the history of initiative " + initiativeId, e);
        }
    }

    private Replay.Entry entry(java.sql.ResultSet rs) throws SQLException {
        String action = rs.getString(3);
        Long version = rs.getObject(4, Long.class);
        String recorded = rs.getString(FIELDS + 4);
        if (recorded == null) {
            return new Replay.Entry(action, version, rs.getString(FIELDS), rs.getObject(FIELDS + 1, Long.class),
                    rs.getString(FIELDS + 2), rs.getString(FIELDS + 3), null);
        }
        return new Replay.Entry(action, version, null, null, null, null, parse(recorded));
    }

    /**
     * The people on the matrix then, as their latest entry before the end recorded them; someone
     * whose entries predate the history (or a baseline) is shown as the baseline or the roster has them.
     */
    private Map<Long, Snapshot.Person> people(Connection c, long teamId, Replay replay, OffsetDateTime end) throws SQLException {
        Map<Long, Snapshot.Person> people = new HashMap<>(replay.baselinePeople());
        List<Long> ids = new ArrayList<>(replay.people());
        Sql.eachWith(c, PEOPLE, rs -> people.put(rs.getLong(1), new Snapshot.Person(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getBigDecimal(6))),
                teamId, c.createArrayOf("bigint", ids.toArray()), end);
        List<Long> missing = ids.stream().filter(id -> !people.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            Sql.eachOf(c, "select id, name, email, title, remote, capacity_hours from person where id = any(?)", missing,
                    rs -> people.put(rs.getLong(1), new Snapshot.Person(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getBoolean(5), rs.getBigDecimal(6))));
        }
        ids.forEach(id -> people.putIfAbsent(id, unknown(id)));
        return people;
    }

    /** Someone the history and the roster both lost: only their id is left to show. */
    static Snapshot.Person unknown(long id) {
        return new Snapshot.Person(id, "person #" + id, "", null, false, null);
    }

    private Object parse(String recorded) {
        try {
            return json.readValue(recorded, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

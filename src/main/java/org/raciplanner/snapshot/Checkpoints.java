package org.raciplanner.snapshot;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.micronaut.transaction.TransactionDefinition.Propagation.REQUIRES_NEW;

/**
 * A matrix's state after one of its history entries, kept so that rebuilding it need not replay its
 * whole history (the table is the read model's own, derived from the history: see the migration).
 */
@Singleton
class Checkpoints {

    private static final String LATEST = """
            select history_id, matrix_version, cast(state as text) from matrix_checkpoint
             where team_id = ? and initiative_id = ? and at < ?
             order by history_id desc limit 1""";
    private static final String SAVE = """
            insert into matrix_checkpoint (team_id, initiative_id, history_id, at, matrix_version, state)
            values (?, ?, ?, ?, ?, cast(? as jsonb)) on conflict do nothing""";

    private final DataSource dataSource;
    private final JsonMapper json;

    Checkpoints(DataSource dataSource, JsonMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** A state after {@code historyId} of the initiative's entries. */
    record Checkpoint(long teamId, long initiativeId, long historyId, OffsetDateTime at, long version, Map<String, Object> state) {
    }

    /** The latest checkpoint whose entry is from before {@code end}, read on the caller's connection. */
    @Nullable
    Checkpoint latest(Connection c, long teamId, long initiativeId, OffsetDateTime end) throws SQLException {
        Checkpoint[] found = new Checkpoint[1];
        Sql.eachWith(c, LATEST, rs -> found[0] = new Checkpoint(teamId, initiativeId, rs.getLong(1), null, rs.getLong(2),
                parse(rs.getString(3))), teamId, initiativeId, end);
        return found[0];
    }

    /** In a transaction of its own, so that a read in the past can keep what it replayed. */
    @Transactional(propagation = REQUIRES_NEW)
    void save(List<Checkpoint> checkpoints) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(SAVE)) {
            for (Checkpoint k : checkpoints) {
                q.setLong(1, k.teamId());
                q.setLong(2, k.initiativeId());
                q.setLong(3, k.historyId());
                q.setObject(4, k.at());
                q.setLong(5, k.version());
                q.setString(6, json.writeValueAsString(k.state()));
                q.addBatch();
            }
            q.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep checkpoints of initiative " + checkpoints.get(0).initiativeId(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(String state) {
        try {
            return json.readValue(state, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

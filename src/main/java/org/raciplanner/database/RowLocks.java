package org.raciplanner.database;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The row locks of every write to people, staffing, cells and initiatives, and the one order they
 * are taken in, so that two transactions never wait for each other in a circle (a deadlock):
 * <ol>
 *   <li>the team row ({@link #team}): roster inserts and settings changes of one team queue up;</li>
 *   <li>people, in ascending id: {@link #peopleInUse} by whoever is about to give them a cell or a role,
 *       {@link #personToDelete} by the roster when it deletes one;</li>
 *   <li>initiatives, in ascending id ({@link #initiatives}), or by bumping one's matrix version;</li>
 *   <li>then their staffing, rows and cells;</li>
 *   <li>last, just before commit, the team's version ({@link #teamVersion}), which the trigger of every write
 *       takes at commit too.</li>
 * </ol>
 * So a person being deleted holds their own row before the initiatives whose versions that bumps,
 * and a matrix or staffing write holds the people it names before it bumps the initiative. The
 * locks on the team, people and initiatives are {@code no key update} or weaker where possible, so
 * they never block rows that merely refer to them. Each method runs in the caller's transaction.
 */
@Singleton
public class RowLocks {

    private final DataSource dataSource;

    RowLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Locks the team's row; false when there is no such team. */
    public boolean team(long teamId) {
        return !ids("select id from team where id = ? for no key update", teamId, null).isEmpty();
    }

    /** Locks, against deletion, those of {@code ids} who are people of the team; answers them. */
    public List<Long> peopleInUse(long teamId, Collection<Long> ids) {
        return ids("select id from person where team_id = ? and id = any(?) order by id for key share", teamId, ids);
    }

    /** Locks a person's row for a change of their own fields; false when they are not on the team. */
    public boolean personToChange(long teamId, long personId) {
        return !ids("select id from person where team_id = ? and id = any(?) for no key update", teamId, List.of(personId)).isEmpty();
    }

    /** Locks a person's row for deletion: nobody can give them a cell or a role until the transaction ends. */
    public boolean personToDelete(long teamId, long personId) {
        return !ids("select id from person where team_id = ? and id = any(?) for update", teamId, List.of(personId)).isEmpty();
    }

    /** Locks those of {@code ids} that are initiatives of the team, in ascending id; answers them. */
    public List<Long> initiatives(long teamId, Collection<Long> ids) {
        return ids("select id from initiative where team_id = ? and id = any(?) order by id for no key update", teamId, ids);
    }

    /**
     * Locks the team's version row and answers the version: the last lock of a write that must commit
     * only if the team is still at the version it read (a plan applied with If-Match). A write that
     * commits after this waits for this transaction, so nothing slips in between the check and the commit.
     */
    public long teamVersion(long teamId) {
        List<Long> version = ids("select version from team_version where team_id = ? for update", teamId, null);
        return version.isEmpty() ? 0 : version.get(0);
    }

    private List<Long> ids(String sql, long teamId, Collection<Long> ids) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, teamId);
            if (ids != null) {
                Array array = c.createArrayOf("bigint", ids.toArray());
                q.setArray(2, array);
            }
            List<Long> locked = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    locked.add(rs.getLong(1));
                }
            }
            return locked;
        } catch (SQLException e) {
            throw new DataAccessException("Could not lock rows of team " + teamId, e);
        }
    }
}

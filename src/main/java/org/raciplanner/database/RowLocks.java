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
 *   <li>a scenario being applied (the scenario feature locks its row first, so a second apply waits);</li>
 *   <li>the team row ({@link #team}): roster inserts and settings changes of one team queue up;</li>
 *   <li>people, in ascending id: {@link #peopleInUse} by whoever is about to give them a cell or a role,
 *       {@link #personToDelete} by the roster when it deletes one;</li>
 *   <li>initiatives, in ascending id ({@link #initiatives}), or by bumping one's matrix version;</li>
 *   <li>then their staffing, rows and cells;</li>
 *   <li>last, the team's version row: at commit (the deferred trigger of history), or just before it
 *       ({@link #teamVersionNow}).</li>
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

    /**
     * Locks, in ascending id, those of {@code ids} who are people of the team, for a write that
     * changes some of their own fields and gives others cells or roles (a scenario's apply, which
     * takes all its locks before its first write); answers them.
     */
    public List<Long> peopleToChange(long teamId, Collection<Long> ids) {
        return ids("select id from person where team_id = ? and id = any(?) order by id for no key update", teamId, ids);
    }

    /**
     * Moves the team's version for this transaction now rather than at its commit, and answers it,
     * for a write that must say which version it leaves the team at. The history's deferred trigger
     * then leaves the version be. Call it after the transaction's last write: the version row must
     * stay the last lock a transaction takes.
     */
    public long teamVersionNow(long teamId) {
        String bump = """
                insert into team_version as v (team_id, version)
                select t.id, 1 from team t, (select set_config('raci.team_version_bumped_' || t2.id, 'yes', true)
                                               from team t2 where t2.id = ?) flag
                 where t.id = ?
                on conflict (team_id) do update set version = v.version + 1
                returning version""";
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(bump)) {
            q.setLong(1, teamId);
            q.setLong(2, teamId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new DataAccessException("No team " + teamId + " to move the version of");
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not move the version of team " + teamId, e);
        }
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

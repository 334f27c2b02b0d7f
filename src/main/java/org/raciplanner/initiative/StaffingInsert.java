package org.raciplanner.initiative;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import org.raciplanner.initiative.InitiativeRequests.StaffingEntry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Inserts a whole staffing in one statement, in the order given (which is the order a matrix shows
 * its people in): the entries travel as arrays that PostgreSQL unnests. Micronaut Data's saveAll
 * took 75–150 ms for a 40-person staffing on the loaded build machine, a plan apply re-staffs many.
 */
@Singleton
class StaffingInsert {

    private static final String INSERT = """
            insert into staffing (team_id, initiative_id, role, person_id, communicates_via)
            select ?, ?, r, p, v from unnest(?::text[], ?::bigint[], ?::bigint[]) with ordinality as t(r, p, v, n)
             order by n""";

    private final DataSource dataSource;

    StaffingInsert(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs inside the caller's transaction. */
    void insert(long teamId, long initiativeId, List<StaffingEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(INSERT)) {
            q.setLong(1, teamId);
            q.setLong(2, initiativeId);
            q.setArray(3, c.createArrayOf("text", entries.stream().map(StaffingEntry::role).toArray()));
            q.setArray(4, c.createArrayOf("bigint", entries.stream().map(StaffingEntry::person).toArray()));
            q.setArray(5, c.createArrayOf("bigint", entries.stream().map(StaffingEntry::communicatesVia).toArray()));
            q.executeUpdate();
        } catch (SQLException e) {
            // a DataAccessException, so the error kernel maps what the schema refused (someone staffed twice in a role: 409)
            throw new DataAccessException("Could not staff initiative " + initiativeId, e);
        }
    }
}

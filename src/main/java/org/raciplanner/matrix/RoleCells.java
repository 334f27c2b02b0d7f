package org.raciplanner.matrix;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import org.raciplanner.analysis.Letters;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings an initiative's role-derived cells to what its staffing derives, writing only the cells
 * that differ: a re-staffing that swaps one person rewrites that person's cells, not the matrix's
 * hundreds. What is written goes in two statements, one delete and one insert of arrays that
 * PostgreSQL unnests, after one plain read of the current cells (Micronaut Data's mapping and
 * saveAll took most of a re-staffing's 300–600 ms for the 480 cells of a 40-person staffing on the
 * loaded build machine). Cells set by hand are never touched. Runs in the caller's transaction,
 * which holds the initiative's lock.
 */
@Singleton
class RoleCells {

    private static final String CURRENT = "select id, responsibility_id, person_id, letters, source from cell where initiative_id = ?";
    private static final String DELETE = "delete from cell where id = any(?)";
    private static final String INSERT = """
            insert into cell (team_id, initiative_id, responsibility_id, person_id, letters, source)
            select ?, ?, r, p, l, 'ROLE' from unnest(?::bigint[], ?::bigint[], ?::text[]) as t(r, p, l)""";

    private final ResponsibilityRepository rows;
    private final DataSource dataSource;

    RoleCells(ResponsibilityRepository rows, DataSource dataSource) {
        this.rows = rows;
        this.dataSource = dataSource;
    }

    /** @param derived row key → person → letters; rows the initiative no longer has are passed over */
    void replace(long teamId, long initiativeId, Map<String, Map<Long, Letters>> derived) {
        Map<Long, String> keyOf = new HashMap<>();
        Map<String, Long> rowIds = new HashMap<>();
        rows.findByInitiativeIdOrderByPosition(initiativeId).forEach(r -> {
            keyOf.put(r.id(), r.key());
            rowIds.put(r.key(), r.id());
        });
        Map<MatrixEdit.CellKey, Held> current = new HashMap<>();
        current(initiativeId).forEach(c -> current.put(new MatrixEdit.CellKey(keyOf.get(c.rowId()), c.personId()), c));
        List<Long> stale = new ArrayList<>();
        current.forEach((at, c) -> {
            if (c.source() == CellSource.ROLE && derived.getOrDefault(at.responsibility(), Map.of()).get(at.personId()) != c.letters()) {
                stale.add(c.id());
            }
        });
        List<Long> rowsOfFresh = new ArrayList<>();
        List<Long> peopleOfFresh = new ArrayList<>();
        List<String> lettersOfFresh = new ArrayList<>();
        derived.forEach((key, byPerson) -> {
            Long rowId = rowIds.get(key);
            if (rowId == null) {
                return; // the row was deleted from this initiative: nothing to derive onto
            }
            byPerson.forEach((personId, letters) -> {
                Held now = current.get(new MatrixEdit.CellKey(key, personId));
                if (now == null || (now.source() == CellSource.ROLE && now.letters() != letters)) {
                    rowsOfFresh.add(rowId);
                    peopleOfFresh.add(personId);
                    lettersOfFresh.add(letters.name());
                }
            });
        });
        write(teamId, initiativeId, stale, rowsOfFresh, peopleOfFresh, lettersOfFresh);
    }

    private List<Held> current(long initiativeId) {
        List<Held> held = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(CURRENT)) {
            q.setLong(1, initiativeId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    held.add(new Held(rs.getLong(1), rs.getLong(2), rs.getLong(3), Letters.valueOf(rs.getString(4)),
                            CellSource.valueOf(rs.getString(5))));
                }
            }
            return held;
        } catch (SQLException e) {
            throw new DataAccessException("Could not read the cells of initiative " + initiativeId, e);
        }
    }

    /** A cell as this needs it. */
    private record Held(long id, long rowId, long personId, Letters letters, CellSource source) {
    }

    private void write(long teamId, long initiativeId, List<Long> stale, List<Long> rowIds, List<Long> people, List<String> letters) {
        try (Connection c = dataSource.getConnection()) {
            if (!stale.isEmpty()) {
                try (PreparedStatement q = c.prepareStatement(DELETE)) {
                    q.setArray(1, c.createArrayOf("bigint", stale.toArray()));
                    q.executeUpdate();
                }
            }
            if (!rowIds.isEmpty()) {
                try (PreparedStatement q = c.prepareStatement(INSERT)) {
                    q.setLong(1, teamId);
                    q.setLong(2, initiativeId);
                    q.setArray(3, c.createArrayOf("bigint", rowIds.toArray()));
                    q.setArray(4, c.createArrayOf("bigint", people.toArray()));
                    q.setArray(5, c.createArrayOf("text", letters.toArray()));
                    q.executeUpdate();
                }
            }
        } catch (SQLException e) {
            // a DataAccessException, so the error kernel maps what the schema refused (a person deleted meanwhile: 409)
            throw new DataAccessException("Could not write the derived cells of initiative " + initiativeId, e);
        }
    }
}

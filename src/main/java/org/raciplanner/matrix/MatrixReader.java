package org.raciplanner.matrix;

import jakarta.inject.Singleton;
import org.raciplanner.web.Numbers;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one matrix for {@code GET …/matrix} with five small plain queries. This is the hottest read of
 * the service; the repository mapping spent most of its time deriving column names for each of
 * the matrix's cells (profiled under 16 concurrent clients), so the rows are mapped by hand.
 * Runs in the caller's read-only transaction.
 */
@Singleton
class MatrixReader {

    private static final String INITIATIVE = "select id, name, kind, matrix_version from initiative where id = ? and team_id = ?";
    private static final String ROWS = "select id, key, name, category, effort_hours from responsibility"
            + " where initiative_id = ? order by position";
    private static final String STAFFED = "select person_id, string_agg(distinct role, ','), min(id) from staffing"
            + " where initiative_id = ? group by person_id";
    private static final String CELLS = "select responsibility_id, person_id, letters, source from cell where initiative_id = ?";
    /** By primary key: joining the person table instead made PostgreSQL scan all of it once teams grew large. */
    private static final String PEOPLE = "select id, name, email from person where id = any(?)";

    private final DataSource dataSource;

    MatrixReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<MatrixViews.Matrix> read(long teamId, long initiativeId) {
        try (Connection c = dataSource.getConnection()) {
            MatrixViews.InitiativeRef initiative;
            long version;
            try (PreparedStatement q = prepare(c, INITIATIVE, initiativeId, teamId); ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                initiative = new MatrixViews.InitiativeRef(rs.getLong(1), rs.getString(2), rs.getString(3));
                version = rs.getLong(4);
            }
            List<MatrixViews.Row> rows = new ArrayList<>();
            Map<Long, String> keyOf = new HashMap<>();
            try (PreparedStatement q = prepare(c, ROWS, initiativeId); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    keyOf.put(rs.getLong(1), rs.getString(2));
                    rows.add(new MatrixViews.Row(rs.getString(2), rs.getString(3), Category.valueOf(rs.getString(4)),
                            Numbers.plain(rs.getBigDecimal(5))));
                }
            }
            Map<Long, Staffed> staffed = new HashMap<>();
            try (PreparedStatement q = prepare(c, STAFFED, initiativeId); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    staffed.put(rs.getLong(1), new Staffed(List.of(rs.getString(2).split(",")), rs.getLong(3)));
                }
            }
            List<MatrixViews.CellView> cells = new ArrayList<>();
            try (PreparedStatement q = prepare(c, CELLS, initiativeId); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    cells.add(new MatrixViews.CellView(keyOf.get(rs.getLong(1)), rs.getLong(2), Letters.valueOf(rs.getString(3)),
                            CellSource.valueOf(rs.getString(4))));
                }
            }
            List<MatrixViews.PersonRef> people = people(c, staffed, cells);
            return Optional.of(new MatrixViews.Matrix(initiative, rows, people, cells, version));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the matrix of initiative " + initiativeId, e);
        }
    }

    /** Everyone staffed, in the order they were first staffed, then anyone else holding a cell, by name. */
    private static List<MatrixViews.PersonRef> people(Connection c, Map<Long, Staffed> staffed, List<MatrixViews.CellView> cells)
            throws SQLException {
        Set<Long> ids = new HashSet<>(staffed.keySet());
        cells.forEach(cell -> ids.add(cell.person()));
        List<MatrixViews.PersonRef> people = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(PEOPLE)) {
            q.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Staffed s = staffed.get(rs.getLong(1));
                    people.add(new MatrixViews.PersonRef(rs.getLong(1), rs.getString(2), rs.getString(3), s == null ? List.of() : s.roles()));
                }
            }
        }
        people.sort(Comparator.comparingLong((MatrixViews.PersonRef p) -> staffed.containsKey(p.id()) ? staffed.get(p.id()).first()
                : Long.MAX_VALUE).thenComparing(MatrixViews.PersonRef::name).thenComparingLong(MatrixViews.PersonRef::id));
        return people;
    }

    private record Staffed(List<String> roles, long first) {
    }

    private static PreparedStatement prepare(Connection c, String sql, long... parameters) throws SQLException {
        PreparedStatement q = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            q.setLong(i + 1, parameters[i]);
        }
        return q;
    }
}

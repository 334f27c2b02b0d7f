package org.raciplanner.matrix;

import jakarta.inject.Singleton;
import org.raciplanner.web.Numbers;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one matrix for {@code GET …/matrix} with four plain queries. This is the hottest read of
 * the service; the repository mapping spent most of its time deriving column names for each of
 * the matrix's cells (profiled under 16 concurrent clients), so the rows are mapped by hand.
 * Runs in the caller's read-only transaction.
 */
@Singleton
class MatrixReader {

    private static final String INITIATIVE = "select id, name, kind, matrix_version from initiative where id = ? and team_id = ?";
    private static final String ROWS = "select id, key, name, category, effort_hours from responsibility"
            + " where initiative_id = ? order by position";
    /** Everyone staffed on the initiative or holding a cell on it, in the order they were first staffed. */
    private static final String PEOPLE = """
            select p.id, p.name, p.email, coalesce(string_agg(distinct s.role, ','), '') as roles,
                   coalesce(min(s.id), 9223372036854775807) as first_staffed
              from (select person_id from staffing where initiative_id = ?
                    union
                    select person_id from cell where initiative_id = ?) x
              join person p on p.id = x.person_id
              left join staffing s on s.initiative_id = ? and s.person_id = p.id
             group by p.id, p.name, p.email
             order by first_staffed, p.name, p.id""";
    private static final String CELLS = "select responsibility_id, person_id, letters, source from cell where initiative_id = ?";

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
            List<MatrixViews.PersonRef> people = new ArrayList<>();
            try (PreparedStatement q = prepare(c, PEOPLE, initiativeId, initiativeId, initiativeId); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String roles = rs.getString(4);
                    people.add(new MatrixViews.PersonRef(rs.getLong(1), rs.getString(2), rs.getString(3),
                            roles.isEmpty() ? List.of() : List.of(roles.split(","))));
                }
            }
            List<MatrixViews.CellView> cells = new ArrayList<>();
            try (PreparedStatement q = prepare(c, CELLS, initiativeId); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    cells.add(new MatrixViews.CellView(keyOf.get(rs.getLong(1)), rs.getLong(2), Letters.valueOf(rs.getString(3)),
                            CellSource.valueOf(rs.getString(4))));
                }
            }
            return Optional.of(new MatrixViews.Matrix(initiative, rows, people, cells, version));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the matrix of initiative " + initiativeId, e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, long... parameters) throws SQLException {
        PreparedStatement q = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            q.setLong(i + 1, parameters[i]);
        }
        return q;
    }
}

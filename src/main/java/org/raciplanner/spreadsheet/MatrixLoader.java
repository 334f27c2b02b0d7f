package org.raciplanner.spreadsheet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.micronaut.transaction.TransactionDefinition.Isolation.REPEATABLE_READ;

/**
 * Reads matrices for workbooks with four queries, for one initiative or a whole team, in one
 * repeatable-read transaction so every sheet shows the same moment. Columns are ordered as the
 * matrix endpoint orders them: by first staffing, then name.
 */
@Singleton
class MatrixLoader {

    private static final String INITIATIVES = "select id, name, kind, start_date, end_date, budget, matrix_version"
            + " from initiative where team_id = ? and (? is null or id = ?) order by id";
    private static final String ROWS = "select initiative_id, key, name, category from responsibility"
            + " where team_id = ? and (? is null or initiative_id = ?) order by initiative_id, position";
    private static final String COLUMNS = """
            select x.initiative_id, p.id, p.name, p.email,
                   coalesce(string_agg(distinct s.role, ', '), '') as roles,
                   coalesce(min(s.id), 9223372036854775807) as first_staffed
              from (select initiative_id, person_id from staffing where team_id = ? and (? is null or initiative_id = ?)
                    union
                    select initiative_id, person_id from cell where team_id = ? and (? is null or initiative_id = ?)) x
              join person p on p.id = x.person_id
              left join staffing s on s.initiative_id = x.initiative_id and s.person_id = x.person_id
             group by x.initiative_id, p.id, p.name, p.email
             order by x.initiative_id, first_staffed, p.name, p.id""";
    private static final String CELLS = "select c.initiative_id, r.key, c.person_id, c.letters from cell c"
            + " join responsibility r on r.id = c.responsibility_id where c.team_id = ? and (? is null or c.initiative_id = ?)";

    private final DataSource dataSource;

    MatrixLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The team's matrices, or only the given initiative's; in initiative id order. */
    @Transactional(readOnly = true, isolation = REPEATABLE_READ)
    List<MatrixData> load(long teamId, @Nullable Long initiativeId) {
        try (Connection c = dataSource.getConnection()) {
            Map<Long, Parts> parts = new LinkedHashMap<>();
            query(c, INITIATIVES, teamId, initiativeId, 1, rs -> parts.put(rs.getLong(1), new Parts(new MatrixData.Initiative(
                    rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, java.time.LocalDate.class),
                    rs.getObject(5, java.time.LocalDate.class), rs.getBigDecimal(6), rs.getLong(7)))));
            query(c, ROWS, teamId, initiativeId, 1, rs -> parts.get(rs.getLong(1)).rows
                    .add(new MatrixData.Row(rs.getString(2), rs.getString(3), rs.getString(4))));
            query(c, COLUMNS, teamId, initiativeId, 2, rs -> parts.get(rs.getLong(1)).columns
                    .add(new MatrixData.Column(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5))));
            parts.values().forEach(Parts::index);
            query(c, CELLS, teamId, initiativeId, 1, rs -> parts.get(rs.getLong(1)).put(rs.getString(2), rs.getLong(3), rs.getString(4)));
            return parts.values().stream().map(Parts::toData).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the matrices of team " + teamId, e);
        }
    }

    @Transactional(readOnly = true)
    Optional<String> teamName(long teamId) {
        return single("select name from team where id = ?", teamId);
    }

    /** The initiative's name, if it belongs to the team. */
    @Transactional(readOnly = true)
    Optional<String> initiativeName(long teamId, long initiativeId) {
        return single("select name from initiative where team_id = ? and id = ?", teamId, initiativeId);
    }

    /** The initiative's responsibilities: name by key. */
    @Transactional(readOnly = true)
    Map<String, String> rowNames(long teamId, long initiativeId) {
        Map<String, String> names = new LinkedHashMap<>();
        pairs("select key, name from responsibility where team_id = ? and initiative_id = ? order by position",
                rs -> names.put(rs.getString(1), rs.getString(2)), teamId, initiativeId);
        return names;
    }

    /** The team's people: id by lower-case e-mail. */
    @Transactional(readOnly = true)
    Map<String, Long> peopleByEmail(long teamId) {
        Map<String, Long> people = new HashMap<>();
        pairs("select lower(email), id from person where team_id = ?", rs -> people.put(rs.getString(1), rs.getLong(2)), teamId);
        return people;
    }

    /** E-mail by person id, for the whole team. */
    @Transactional(readOnly = true)
    Map<Long, String> emails(long teamId) {
        Map<Long, String> emails = new HashMap<>();
        pairs("select id, email from person where team_id = ?", rs -> emails.put(rs.getLong(1), rs.getString(2)), teamId);
        return emails;
    }

    private void pairs(String sql, RowHandler handler, long... ids) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < ids.length; i++) {
                q.setLong(i + 1, ids[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    handler.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + sql, e);
        }
    }

    private Optional<String> single(String sql, long... ids) {
        List<String> found = new ArrayList<>();
        pairs(sql, rs -> found.add(rs.getString(1)), ids);
        return found.stream().findFirst();
    }

    /** Runs a query whose parameters are {@code (teamId, initiativeId, initiativeId)} repeated {@code times}. */
    private static void query(Connection c, String sql, long teamId, @Nullable Long initiativeId, int times, RowHandler handler)
            throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < times; i++) {
                q.setLong(3 * i + 1, teamId);
                q.setObject(3 * i + 2, initiativeId, java.sql.Types.BIGINT);
                q.setObject(3 * i + 3, initiativeId, java.sql.Types.BIGINT);
            }
            q.setFetchSize(10_000);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    handler.accept(rs);
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    private static final class Parts {
        final MatrixData.Initiative initiative;
        final List<MatrixData.Row> rows = new ArrayList<>();
        final List<MatrixData.Column> columns = new ArrayList<>();
        final Map<String, Integer> rowIndex = new HashMap<>();
        final Map<Long, Integer> columnIndex = new HashMap<>();
        String[][] letters;

        Parts(MatrixData.Initiative initiative) {
            this.initiative = initiative;
        }

        void index() {
            for (int i = 0; i < rows.size(); i++) {
                rowIndex.put(rows.get(i).key(), i);
            }
            for (int i = 0; i < columns.size(); i++) {
                columnIndex.put(columns.get(i).personId(), i);
            }
            letters = new String[rows.size()][columns.size()];
        }

        void put(String key, long personId, String value) {
            letters[rowIndex.get(key)][columnIndex.get(personId)] = value;
        }

        MatrixData toData() {
            return new MatrixData(initiative, List.copyOf(rows), List.copyOf(columns), letters);
        }
    }
}

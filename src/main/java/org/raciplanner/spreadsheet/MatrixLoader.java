package org.raciplanner.spreadsheet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.raciplanner.analysis.InitiativeFacts;
import org.raciplanner.analysis.TeamSnapshot;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import static io.micronaut.transaction.TransactionDefinition.Isolation.REPEATABLE_READ;

/**
 * Reads matrices for workbooks with five queries, for one initiative or a whole team, in one
 * repeatable-read transaction so every sheet shows the same moment. Columns are ordered as the
 * matrix endpoint orders them: by first staffing, then name.
 */
@Singleton
class MatrixLoader {

    private static final String INITIATIVES = "select id, name, kind, start_date, end_date, budget, matrix_version"
            + " from initiative where team_id = ? and (? is null or id = ?) order by id";
    private static final String ROWS = "select initiative_id, key, name, category from responsibility"
            + " where team_id = ? and (? is null or initiative_id = ?) order by initiative_id, position";
    private static final String STAFFING = "select initiative_id, person_id, role from staffing"
            + " where team_id = ? and (? is null or initiative_id = ?) order by id";
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
            query(c, STAFFING, teamId, initiativeId, 1, rs -> parts.get(rs.getLong(1)).staff(rs.getLong(2), rs.getString(3)));
            query(c, CELLS, teamId, initiativeId, 1, rs -> parts.get(rs.getLong(1)).cells
                    .add(new CellRow(rs.getString(2), rs.getLong(3), rs.getString(4))));
            Map<Long, MatrixData.Column> people = new HashMap<>();
            pairs(c, "select id, name, email from person where team_id = ?",
                    rs -> people.put(rs.getLong(1), new MatrixData.Column(rs.getLong(1), rs.getString(2), rs.getString(3), "")), teamId);
            parts.values().forEach(p -> p.arrange(people));
            return parts.values().stream().map(Parts::toData).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the matrices of team " + teamId, e);
        }
    }

    /**
     * The team's matrices around a snapshot already read in this transaction: its rows, staffing
     * and cells are reused, so the team workbook reads the team's cells once, not twice. Only what
     * the analysis does not need is read here: dates, budgets, versions, categories; e-mails come
     * from the caller, which shows them on the Workload sheet too.
     */
    @Transactional(readOnly = true, isolation = REPEATABLE_READ)
    List<MatrixData> around(long teamId, TeamSnapshot snapshot, Map<Long, String> emails) {
        try (Connection c = dataSource.getConnection()) {
            Map<Long, Parts> parts = new LinkedHashMap<>();
            query(c, INITIATIVES, teamId, null, 1, rs -> parts.put(rs.getLong(1), new Parts(new MatrixData.Initiative(
                    rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, java.time.LocalDate.class),
                    rs.getObject(5, java.time.LocalDate.class), rs.getBigDecimal(6), rs.getLong(7)))));
            Map<String, String> categories = new HashMap<>();
            pairs(c, "select initiative_id || '/' || key, category from responsibility where team_id = ?",
                    rs -> categories.put(rs.getString(1), rs.getString(2)), teamId);
            Map<Long, MatrixData.Column> people = new HashMap<>();
            snapshot.people().forEach(p -> people.put(p.id(), new MatrixData.Column(p.id(), p.name(), emails.get(p.id()), "")));
            for (InitiativeFacts facts : snapshot.initiatives()) {
                Parts p = parts.get(facts.id());
                facts.responsibilities().forEach(r -> p.rows.add(new MatrixData.Row(r.key(), r.name(), categories.get(facts.id() + "/" + r.key()))));
                facts.staffing().forEach(st -> p.staff(st.personId(), st.role()));
                facts.cells().forEach(cell -> p.cells.add(new CellRow(cell.responsibility(), cell.personId(), cell.letters())));
                p.arrange(people);
            }
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
        try (Connection c = dataSource.getConnection()) {
            pairs(c, sql, handler, ids);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + sql, e);
        }
    }

    private static void pairs(Connection c, String sql, RowHandler handler, long... ids) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < ids.length; i++) {
                q.setLong(i + 1, ids[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    handler.accept(rs);
                }
            }
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

    private record CellRow(String key, long personId, String letters) {
    }

    /**
     * One initiative while it is read. Its columns are everyone staffed, in the order they were
     * first staffed, then anyone else holding a cell, by name: the order of the matrix endpoint.
     * They are worked out here rather than in SQL, which needed a team-wide union and grouping.
     */
    private static final class Parts {
        final MatrixData.Initiative initiative;
        final List<MatrixData.Row> rows = new ArrayList<>();
        final Map<Long, TreeSet<String>> rolesByPerson = new LinkedHashMap<>();
        final List<CellRow> cells = new ArrayList<>();
        List<MatrixData.Column> columns;
        String[][] letters;

        Parts(MatrixData.Initiative initiative) {
            this.initiative = initiative;
        }

        void staff(long personId, String role) {
            rolesByPerson.computeIfAbsent(personId, p -> new TreeSet<>()).add(role);
        }

        void arrange(Map<Long, MatrixData.Column> people) {
            columns = new ArrayList<>();
            rolesByPerson.forEach((id, roles) -> {
                MatrixData.Column p = people.get(id);
                columns.add(new MatrixData.Column(id, p.name(), p.email(), String.join(", ", roles)));
            });
            cells.stream().map(CellRow::personId).distinct().filter(id -> !rolesByPerson.containsKey(id)).map(people::get)
                    .sorted(Comparator.comparing(MatrixData.Column::name).thenComparing(MatrixData.Column::personId))
                    .forEach(columns::add);
            Map<String, Integer> rowIndex = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                rowIndex.put(rows.get(i).key(), i);
            }
            Map<Long, Integer> columnIndex = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                columnIndex.put(columns.get(i).personId(), i);
            }
            letters = new String[rows.size()][columns.size()];
            cells.forEach(cell -> letters[rowIndex.get(cell.key())][columnIndex.get(cell.personId())] = cell.letters());
        }

        MatrixData toData() {
            return new MatrixData(initiative, List.copyOf(rows), List.copyOf(columns), letters);
        }
    }
}

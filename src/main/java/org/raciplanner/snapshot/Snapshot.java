package org.raciplanner.snapshot;

import io.micronaut.core.annotation.Nullable;
import org.raciplanner.analysis.Letters;
import org.raciplanner.analysis.Limits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The one read model: a team, or one initiative of it, as immutable values read in one
 * transaction. The matrix API, the workbooks and the analysis all start from these.
 */
public final class Snapshot {

    private Snapshot() {
    }

    /**
     * A whole team: its version (moved on by every write to the team), its limits and the weeks its
     * load is judged over, its roster by id, every initiative's matrix in id order, and the people's
     * availability windows by person, then date.
     */
    public record Team(long id, String name, long version, Limits limits, int horizonWeeks, List<Person> people,
                       List<Matrix> matrices, List<Availability> availability) {
        public Team {
            people = List.copyOf(people);
            matrices = List.copyOf(matrices);
            availability = List.copyOf(availability);
        }

        /** The same team with other people and matrices: its version, limits, horizon and availability kept. */
        public Team with(List<Person> otherPeople, List<Matrix> otherMatrices) {
            return new Team(id, name, version, limits, horizonWeeks, otherPeople, otherMatrices, availability);
        }

        /** The same team with other availability windows (by person, then date): everything else kept. */
        public Team withAvailability(List<Availability> otherAvailability) {
            return new Team(id, name, version, limits, horizonWeeks, people, matrices, otherAvailability);
        }
    }

    /** A dated window of a person's weekly capacity, both days included. */
    public record Availability(long person, LocalDate from, LocalDate to, BigDecimal capacityHours, @Nullable String note) {
    }

    public record Person(long id, String name, String email, @Nullable String title, boolean remote,
                         BigDecimal capacityHours, @Nullable String location) {

        /** Someone whose location is not known: a person a what-if adds, for instance. */
        public Person(long id, String name, String email, @Nullable String title, boolean remote, BigDecimal capacityHours) {
            this(id, name, email, title, remote, capacityHours, null);
        }
    }

    /** One initiative of a team, and the team's name, which its workbook shows. */
    public record OneMatrix(String teamName, Matrix matrix) {
    }

    /**
     * An initiative with its rows in their order, its staffing in the order it was made, its cells,
     * and its columns: the people who appear on its matrix, in the order every view shows them.
     */
    public record Matrix(Initiative initiative, List<Row> rows, List<Staffed> staffing, List<Cell> cells,
                         List<Column> columns) {
        public Matrix {
            rows = List.copyOf(rows);
            staffing = List.copyOf(staffing);
            cells = List.copyOf(cells);
            columns = List.copyOf(columns);
        }

        /**
         * The one way to make a matrix, whether read from the database or changed in memory by a
         * what-if: its cells in row order, then by person id, and its columns arranged by the one
         * rule of {@link Columns}. The database answers cells in no order; sorting them here makes
         * every list the analysis derives from them (such as the holders a message names) the same
         * whoever made the matrix.
         */
        public static Matrix of(Initiative initiative, List<Row> rows, List<Staffed> staffing, List<Cell> cells,
                                LongFunction<Person> people) {
            Map<String, Integer> position = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                position.put(rows.get(i).key(), i);
            }
            List<Cell> sorted = cells.stream()
                    .map(c -> new Placed(position.getOrDefault(c.responsibility(), Integer.MAX_VALUE), c))
                    .sorted()
                    .map(Placed::cell)
                    .toList();
            return new Matrix(initiative, rows, staffing, sorted, Columns.arrange(staffing, sorted, people));
        }

        /** A cell with its row's position, looked up once rather than at every comparison of the sort. */
        private record Placed(int position, Cell cell) implements Comparable<Placed> {
            @Override
            public int compareTo(Placed other) {
                int byRow = Integer.compare(position, other.position);
                return byRow != 0 ? byRow : Long.compare(cell.person(), other.cell.person());
            }
        }
    }

    /**
     * {@code version} is the matrix version, the one ETags and workbooks carry; {@code handle} the name
     * plan files know it by, unique in the team.
     */
    public record Initiative(long id, String name, String kind, @Nullable String template, @Nullable Long parentId,
                             @Nullable LocalDate startDate, @Nullable LocalDate endDate, @Nullable BigDecimal budget,
                             long version, String handle) {
    }

    /** A responsibility; category is STRATEGY or EXECUTION, effort in hours a week for whoever is R. */
    public record Row(String key, String name, String category, BigDecimal effortHours) {
    }

    public record Staffed(String role, long person, @Nullable Long communicatesVia) {
    }

    /** Source is ROLE (derived from a template through staffing) or MANUAL (set by hand). */
    public record Cell(String responsibility, long person, Letters letters, String source) {
    }

    /** A person on a matrix with the roles they play on its initiative, sorted by key. */
    public record Column(long person, String name, String email, List<String> roles) {
        public Column {
            roles = List.copyOf(roles);
        }
    }
}

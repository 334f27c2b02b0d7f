package org.raciplanner.matrix;

import io.micronaut.serde.annotation.Serdeable;
import org.raciplanner.analysis.Letters;
import org.raciplanner.snapshot.Snapshot;
import org.raciplanner.api.Numbers;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the matrix endpoints answer; public because the history keeps a deleted initiative's matrix. */
public final class MatrixViews {

    private MatrixViews() {
    }

    @Serdeable
    public record InitiativeRef(long id, String name, String kind) {
    }

    @Serdeable
    public record Row(String key, String name, Category category, BigDecimal effortHours) {
        static Row of(Responsibility r) {
            return new Row(r.key(), r.name(), r.category(), Numbers.plain(r.effortHours()));
        }
    }

    @Serdeable
    public record PersonRef(long id, String name, String email, List<String> roles) {
    }

    @Serdeable
    public record CellView(String responsibility, long person, Letters letters, CellSource source) {
    }

    /**
     * Cells in the order the matrix shows them, row by row, then by column: the same matrix always
     * reads the same. Each cell's place is looked up once, not at every comparison of the sort.
     */
    static Matrix of(Snapshot.Matrix m) {
        Snapshot.Initiative i = m.initiative();
        Map<String, Integer> rowAt = new HashMap<>();
        m.rows().forEach(r -> rowAt.put(r.key(), rowAt.size()));
        Map<Long, Integer> columnAt = new HashMap<>();
        m.columns().forEach(c -> columnAt.put(c.person(), columnAt.size()));
        int width = columnAt.size();
        return new Matrix(new InitiativeRef(i.id(), i.name(), i.kind()),
                m.rows().stream().map(r -> new Row(r.key(), r.name(), Category.valueOf(r.category()), Numbers.plain(r.effortHours())))
                        .toList(),
                m.columns().stream().map(c -> new PersonRef(c.person(), c.name(), c.email(), c.roles())).toList(),
                m.cells().stream()
                        .map(c -> new Placed((long) rowAt.get(c.responsibility()) * width + columnAt.get(c.person()), c))
                        .sorted()
                        .map(p -> new CellView(p.cell().responsibility(), p.cell().person(), p.cell().letters(),
                                CellSource.valueOf(p.cell().source())))
                        .toList(),
                i.version());
    }

    private record Placed(long at, Snapshot.Cell cell) implements Comparable<Placed> {
        @Override
        public int compareTo(Placed other) {
            return Long.compare(at, other.at);
        }
    }

    @Serdeable
    public record Matrix(InitiativeRef initiative, List<Row> responsibilities, List<PersonRef> people, List<CellView> cells,
                  long version) {
    }
}

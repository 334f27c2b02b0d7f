package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Letters;
import org.raciplanner.analysis.Warning;
import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Proposes ways to clear the findings of one warning code, as candidates in the change vocabulary.
 * A generator may screen partial candidates to decide how far to go (an overload is handed over
 * item by item until it is gone); the ranking tries and orders what it proposes.
 */
interface Generator {

    String code();

    List<Candidate> propose(Warning warning, Search search);

    /**
     * The candidates as recipes, each made only when asked for: a plan takes the first that works,
     * and a candidate built move by move ({@link Stepwise}) costs screenings. A recipe may make
     * nothing (null). By default, the candidates {@link #propose} makes.
     */
    default List<Supplier<Candidate>> recipes(Warning warning, Search search) {
        return propose(warning, search).stream().<Supplier<Candidate>>map(c -> () -> c).toList();
    }

    // ---- what several generators read off a warning and a matrix

    static Snapshot.Matrix matrix(Search s, Warning w) {
        return w.initiativeId() == null ? null : s.view().matrix(w.initiativeId());
    }

    /** The people holding a letter {@code which} accepts on the row, in the matrix's cell order. */
    static List<Long> holders(Snapshot.Matrix m, String row, Predicate<Letters> which) {
        return m.cells().stream().filter(c -> c.responsibility().equals(row) && which.test(c.letters()))
                .map(Snapshot.Cell::person).toList();
    }

    static int number(Warning w, String figure) {
        Object value = w.figures().get(figure);
        return value instanceof Number n ? n.intValue() : 0;
    }

    static List<?> list(Warning w, String figure) {
        Object value = w.figures().get(figure);
        return value instanceof List<?> l ? l : List.of();
    }

    /** What the recipes make, without nothing and without repeats, in order. */
    static List<Candidate> made(List<Supplier<Candidate>> recipes) {
        List<Candidate> made = new ArrayList<>();
        recipes.forEach(r -> made.add(r.get()));
        made.removeIf(java.util.Objects::isNull);
        return distinct(made);
    }

    /** The candidates without repeats (the first of equal change lists stays), in order. */
    static List<Candidate> distinct(List<Candidate> candidates) {
        Map<List<?>, Candidate> seen = new LinkedHashMap<>();
        candidates.forEach(c -> seen.putIfAbsent(c.changes(), c));
        return new ArrayList<>(seen.values());
    }
}

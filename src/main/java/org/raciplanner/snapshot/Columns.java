package org.raciplanner.snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.LongFunction;

/**
 * The one place that decides who a matrix's columns are and in which order: everyone staffed, in
 * the order they were first staffed, then anyone else holding a cell, by name (then id).
 */
final class Columns {

    private Columns() {
    }

    static List<Snapshot.Column> arrange(List<Snapshot.Staffed> staffing, List<Snapshot.Cell> cells,
                                         LongFunction<Snapshot.Person> people) {
        Map<Long, TreeSet<String>> roles = new LinkedHashMap<>();
        staffing.forEach(s -> roles.computeIfAbsent(s.person(), p -> new TreeSet<>()).add(s.role()));
        List<Snapshot.Column> columns = new ArrayList<>(roles.size());
        roles.forEach((id, held) -> columns.add(column(people.apply(id), List.copyOf(held))));
        cells.stream().mapToLong(Snapshot.Cell::person).distinct().filter(id -> !roles.containsKey(id))
                .mapToObj(id -> column(people.apply(id), List.of()))
                .sorted(Comparator.comparing(Snapshot.Column::name).thenComparingLong(Snapshot.Column::person))
                .forEach(columns::add);
        return columns;
    }

    private static Snapshot.Column column(Snapshot.Person p, List<String> roles) {
        return new Snapshot.Column(p.id(), p.name(), p.email(), roles);
    }
}

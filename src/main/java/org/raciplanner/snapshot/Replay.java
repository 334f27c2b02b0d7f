package org.raciplanner.snapshot;

import io.micronaut.core.annotation.Nullable;
import org.raciplanner.analysis.Letters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * One matrix rebuilt from its history, entry by entry in the order they were written: what each
 * kind of entry does to the initiative, its rows, its staffing and its cells. Plain values in, a
 * matrix out, so the rules are tested without a database. Entries of other kinds (settings,
 * tokens) never name an initiative; an unknown kind is passed over.
 */
final class Replay {

    /** Where the initiative stands after the entries so far. */
    enum Lifecycle { NOT_YET, LIVING, DELETED }

    /**
     * One entry about the initiative: for a {@code cell.*} entry the cell's fields (no letters: the
     * cell is now empty), for the others the JSON that was recorded (its {@code after}, or its
     * {@code before} when there is no after), read as maps, lists and plain values.
     */
    record Entry(String action, @Nullable Long matrixVersion, @Nullable String responsibility, @Nullable Long person,
                 @Nullable String letters, @Nullable String source, @Nullable Object recorded) {

        static Entry cell(String action, long version, String responsibility, long person, @Nullable String letters,
                          @Nullable String source) {
            return new Entry(action, version, responsibility, person, letters, source, null);
        }

        static Entry of(String action, long version, Object recorded) {
            return new Entry(action, version, null, null, null, null, recorded);
        }
    }

    private record Key(String responsibility, long person) {
    }

    private Lifecycle lifecycle = Lifecycle.NOT_YET;
    private Snapshot.Initiative initiative;
    private long version;
    private final Map<String, Snapshot.Row> rows = new LinkedHashMap<>();
    private List<Snapshot.Staffed> staffing = List.of();
    private final Map<Key, Snapshot.Cell> cells = new LinkedHashMap<>();
    private final Map<Long, Snapshot.Person> baselinePeople = new HashMap<>();

    void apply(Entry e) {
        if (e.matrixVersion() != null) {
            version = e.matrixVersion();
        }
        if (e.action().startsWith("cell.")) {
            Key key = new Key(e.responsibility(), e.person());
            if (e.letters() == null) {
                cells.remove(key);
            } else {
                cells.put(key, new Snapshot.Cell(e.responsibility(), e.person(), Letters.valueOf(e.letters()), e.source()));
            }
            return;
        }
        switch (e.action()) {
            case "initiative.created", "initiative.updated" -> {
                initiative = initiative(map(e.recorded()));
                lifecycle = Lifecycle.LIVING;
            }
            case "initiative.deleted" -> lifecycle = Lifecycle.DELETED;
            case "matrix.baseline" -> baseline(map(e.recorded()));
            case "responsibility.created", "responsibility.updated" -> {
                Snapshot.Row row = row(map(e.recorded()));
                rows.put(row.key(), row);
            }
            case "responsibility.deleted" -> {
                String key = text(map(map(e.recorded()).get("row")), "key");
                rows.remove(key);
                cells.keySet().removeIf(k -> k.responsibility().equals(key));
            }
            case "staffing.replaced" -> staffing = list(e.recorded()).stream().map(s -> staffed(map(s))).toList();
            default -> {
                // not about the matrix (or a kind this version does not know): nothing to replay
            }
        }
    }

    Lifecycle lifecycle() {
        return lifecycle;
    }

    /** Everyone on the matrix now: staffed or holding a cell. */
    Set<Long> people() {
        Set<Long> ids = new LinkedHashSet<>();
        staffing.forEach(s -> ids.add(s.person()));
        cells.keySet().forEach(k -> ids.add(k.person()));
        return ids;
    }

    /** The people a baseline recorded, as they were when it was taken. */
    Map<Long, Snapshot.Person> baselinePeople() {
        return baselinePeople;
    }

    Snapshot.Matrix matrix(LongFunction<Snapshot.Person> people) {
        Snapshot.Initiative i = initiative;
        Snapshot.Initiative then = new Snapshot.Initiative(i.id(), i.name(), i.kind(), i.template(), i.parentId(), i.startDate(),
                i.endDate(), i.budget(), version, i.handle());
        List<Snapshot.Cell> held = new ArrayList<>(cells.values());
        return new Snapshot.Matrix(then, List.copyOf(rows.values()), staffing, held, Columns.arrange(staffing, held, people));
    }

    /** The matrix version after the entries so far. */
    long version() {
        return version;
    }

    /**
     * Everything replayed so far, in the shape of a baseline (which {@link #apply} reads back): what a
     * checkpoint keeps. Only for a living initiative.
     */
    Map<String, Object> state() {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("id", initiative.id());
        i.put("kind", initiative.kind());
        i.put("name", initiative.name());
        i.put("template", initiative.template());
        i.put("parentId", initiative.parentId());
        i.put("startDate", initiative.startDate() == null ? null : initiative.startDate().toString());
        i.put("endDate", initiative.endDate() == null ? null : initiative.endDate().toString());
        i.put("budget", initiative.budget());
        List<Object> staffed = staffing.stream().map(s -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("role", s.role());
            one.put("person", s.person());
            one.put("communicatesVia", s.communicatesVia());
            return (Object) one;
        }).toList();
        return Map.of("initiative", i, "staffing", staffed, "matrix", Map.of(
                "responsibilities", rows.values().stream().map(r -> (Object) Map.of("key", r.key(), "name", r.name(),
                        "category", r.category(), "effortHours", r.effortHours())).toList(),
                "cells", cells.values().stream().map(c -> (Object) Map.of("responsibility", c.responsibility(), "person", c.person(),
                        "letters", c.letters().name(), "source", c.source())).toList(),
                "people", baselinePeople.values().stream().map(p -> (Object) Map.of("id", p.id(), "name", p.name(),
                        "email", p.email())).toList()));
    }

    /** The whole matrix at once, in the shape the history keeps a deleted initiative in. */
    private void baseline(Map<String, Object> whole) {
        Map<String, Object> matrix = map(whole.get("matrix"));
        initiative = initiative(map(whole.get("initiative")));
        lifecycle = Lifecycle.LIVING;
        rows.clear();
        list(matrix.get("responsibilities")).forEach(r -> {
            Snapshot.Row row = row(map(r));
            rows.put(row.key(), row);
        });
        staffing = list(whole.get("staffing")).stream().map(s -> staffed(map(s))).toList();
        cells.clear();
        list(matrix.get("cells")).forEach(c -> {
            Map<String, Object> cell = map(c);
            Key key = new Key(text(cell, "responsibility"), number(cell, "person").longValue());
            cells.put(key, new Snapshot.Cell(key.responsibility(), key.person(), Letters.valueOf(text(cell, "letters")),
                    text(cell, "source")));
        });
        list(matrix.get("people")).forEach(p -> {
            Map<String, Object> person = map(p);
            long id = number(person, "id").longValue();
            baselinePeople.put(id, new Snapshot.Person(id, text(person, "name"), text(person, "email"), null, false, null));
        });
    }

    private static Snapshot.Initiative initiative(Map<String, Object> i) {
        return new Snapshot.Initiative(number(i, "id").longValue(), text(i, "name"), text(i, "kind"), text(i, "template"),
                i.get("parentId") == null ? null : number(i, "parentId").longValue(), date(i, "startDate"), date(i, "endDate"),
                number(i, "budget"), 0, i.get("handle") == null ? null : text(i, "handle"));
    }

    private static Snapshot.Row row(Map<String, Object> r) {
        return new Snapshot.Row(text(r, "key"), text(r, "name"), text(r, "category"), number(r, "effortHours"));
    }

    private static Snapshot.Staffed staffed(Map<String, Object> s) {
        return new Snapshot.Staffed(text(s, "role"), number(s, "person").longValue(),
                s.get("communicatesVia") == null ? null : number(s, "communicatesVia").longValue());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    private static String text(Map<String, Object> m, String field) {
        Object value = m.get(field);
        return value == null ? null : value.toString();
    }

    /** Numbers as recorded, whatever type the JSON reader chose: ids, hours and money alike. */
    private static BigDecimal number(Map<String, Object> m, String field) {
        Object value = m.get(field);
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static LocalDate date(Map<String, Object> m, String field) {
        Object value = m.get(field);
        return value == null ? null : LocalDate.parse(value.toString());
    }
}

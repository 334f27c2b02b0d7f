package org.raciplanner.planning;

import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The change vocabulary: reading a change list from plain values, and applying it to a team in
 * memory. Both name every problem at once, by index and field ({@code changes[2].person}).
 */
public final class Changes {

    /** The longest change list a scenario, a preview or a plan may hold. */
    public static final int MAX = 1_000;

    /** Every type of change, by the name clients send, in the order planning.md lists them. */
    static final Map<String, Function<Fields, Change>> TYPES = types();

    private Changes() {
    }

    /**
     * Reads a change list as a JSON or YAML reader gives it (lists, maps with string keys, strings,
     * BigDecimal numbers, booleans, null): every change must be an object with a known {@code type}
     * and exactly that type's fields, each of its type.
     *
     * @throws InvalidChanges MALFORMED naming every bad field, or TOO_MANY beyond {@link #MAX}
     */
    public static List<Change> read(Object raw) {
        if (!(raw instanceof List<?> items)) {
            throw new InvalidChanges(InvalidChanges.Kind.MALFORMED, "The changes are not valid",
                    List.of(new Issue("changes", "must be an array of changes, not " + Fields.describe(raw))));
        }
        if (items.size() > MAX) {
            throw new InvalidChanges(InvalidChanges.Kind.TOO_MANY, "A change list holds at most " + MAX + " changes, not "
                    + items.size(), List.of(new Issue("changes", "holds " + items.size() + " changes; at most " + MAX)));
        }
        List<Change> changes = new ArrayList<>(items.size());
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "changes[" + i + "]";
            Change change = read(items.get(i), at, issues);
            if (change != null) {
                changes.add(change);
            }
        }
        if (!issues.isEmpty()) {
            throw new InvalidChanges(InvalidChanges.Kind.MALFORMED, "The changes are not valid: " + issues.size()
                    + (issues.size() == 1 ? " problem" : " problems"), issues);
        }
        return List.copyOf(changes);
    }

    /**
     * Applies the changes in order to the team, in memory, with the templates' rules (by key).
     *
     * @throws InvalidChanges UNRESOLVED naming every field that names what the team does not have
     */
    public static Applied apply(Snapshot.Team team, Map<String, TemplateRules> templates, List<Change> changes) {
        Draft draft = new Draft(team, templates);
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            try {
                changes.get(i).applyTo(draft);
            } catch (Invalid e) {
                issues.add(new Issue("changes[" + i + "]." + e.field(), e.getMessage()));
            }
        }
        if (!issues.isEmpty()) {
            throw new InvalidChanges(InvalidChanges.Kind.UNRESOLVED, "The changes do not fit the team: " + issues.size()
                    + (issues.size() == 1 ? " problem" : " problems"), issues);
        }
        return draft.applied();
    }

    /** The changes as clients send them and the service stores them. */
    public static List<Map<String, Object>> json(List<Change> changes) {
        return changes.stream().map(Change::json).toList();
    }

    /** A change as JSON: its type, then its fields in order; fields without a value are left out. */
    static Map<String, Object> object(String type, Object... fields) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        for (int i = 0; i < fields.length; i += 2) {
            Object value = fields[i + 1] instanceof PersonRef ref ? ref.json() : fields[i + 1];
            if (value != null) {
                json.put((String) fields[i], value);
            }
        }
        return json;
    }

    /** The names of the types, for documents and messages. */
    public static List<String> typeNames() {
        return List.copyOf(TYPES.keySet());
    }

    private static Change read(Object item, String at, List<Issue> issues) {
        if (!(item instanceof Map<?, ?> map)) {
            issues.add(new Issue(at, "must be an object, not " + Fields.describe(item)));
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((k, v) -> fields.put(String.valueOf(k), v));
        Object type = fields.get("type");
        Function<Fields, Change> reader = type instanceof String name ? TYPES.get(name) : null;
        if (reader == null) {
            issues.add(new Issue(at + ".type", type == null ? "is required; one of " + String.join(", ", TYPES.keySet())
                    : "must be one of " + String.join(", ", TYPES.keySet()) + ", not " + Fields.describe(type)));
            return null;
        }
        Fields f = new Fields((String) type, fields);
        Change change = reader.apply(f);
        f.issues().forEach(issue -> issues.add(new Issue(at + "." + issue.field(), issue.message())));
        return f.ok() ? change : null;
    }

    private static Map<String, Function<Fields, Change>> types() {
        Map<String, Function<Fields, Change>> types = new LinkedHashMap<>();
        types.put(SetCell.TYPE, SetCell::read);
        types.put(MoveCell.TYPE, MoveCell::read);
        types.put(Staff.TYPE, Staff::read);
        types.put(Unstaff.TYPE, Unstaff::read);
        types.put(SetCapacity.TYPE, SetCapacity::read);
        types.put(SetCommunicatesVia.TYPE, SetCommunicatesVia::read);
        types.put(AddPerson.TYPE, AddPerson::read);
        types.put(SetAvailability.TYPE, SetAvailability::read);
        types.put(AddResponsibility.TYPE, AddResponsibility::read);
        return Collections.unmodifiableMap(types);
    }
}

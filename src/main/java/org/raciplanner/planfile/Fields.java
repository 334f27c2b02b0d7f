package org.raciplanner.planfile;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The members of one object of a plan file, read strictly: a member the format does not have, or
 * one given twice, is a problem at its name; a value of the wrong type is a problem at the value.
 * Every getter answers null for an absent or refused value, so reading goes on and every problem
 * of the file is found in one pass.
 */
final class Fields {

    private final Map<String, Tree.Member> members = new LinkedHashMap<>();
    private final Tree.Where at;
    private final Problems problems;

    private Fields(Tree.Where at, Problems problems) {
        this.at = at;
        this.problems = problems;
    }

    /** The members of {@code node}, which must be an object with no members but {@code allowed}. */
    static Fields of(Tree node, String what, List<String> allowed, Problems problems) {
        Fields fields = new Fields(node.at(), problems);
        if (!(node instanceof Tree.Members object)) {
            problems.at(node.at(), what + " must be an object, not " + Tree.describe(node));
            return fields;
        }
        for (Tree.Member m : object.members()) {
            if (!allowed.contains(m.name())) {
                problems.at(m.nameAt(), "'" + m.name() + "' is not a field of " + what + "; its fields are " + String.join(", ", allowed));
            } else if (fields.members.putIfAbsent(m.name(), m) != null) {
                problems.at(m.nameAt(), "'" + m.name() + "' is given twice");
            }
        }
        return fields;
    }

    /** Each member of an object whose names are keys (e-mails, handles, roles), duplicates named as problems. */
    static List<Tree.Member> keyed(Tree node, String what, Problems problems) {
        if (!(node instanceof Tree.Members object)) {
            problems.at(node.at(), what + " must be an object, not " + Tree.describe(node));
            return List.of();
        }
        Set<String> seen = new java.util.HashSet<>();
        return object.members().stream().filter(m -> {
            boolean first = seen.add(m.name());
            if (!first) {
                problems.at(m.nameAt(), "'" + m.name() + "' is given twice in " + what);
            }
            return first;
        }).toList();
    }

    Tree.Where at() {
        return at;
    }

    /** Where the member's value stands, or the object's place when it is absent. */
    Tree.Where at(String name) {
        Tree.Member m = members.get(name);
        return m == null ? at : m.value().at();
    }

    @Nullable
    Tree get(String name) {
        Tree.Member m = members.get(name);
        return m == null || isNull(m.value()) ? null : m.value();
    }

    boolean has(String name) {
        return members.containsKey(name);
    }

    /** A text, as written; {@code required} makes its absence a problem. Its length and form are the request types' to check. */
    @Nullable
    String text(String name, boolean required) {
        Tree value = get(name);
        if (value == null) {
            if (required) {
                problems.at(at, "'" + name + "' is missing");
            }
            return null;
        }
        return scalarText(value, name);
    }

    /** The items of a list member; none when it is absent, and a problem when it is no list. */
    List<Tree> items(String name, String what) {
        Tree value = get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Tree.Items items) {
            return items.items();
        }
        problems.at(value.at(), name + " must be a list of " + what + ", not " + Tree.describe(value));
        return List.of();
    }

    @Nullable
    Boolean bool(String name) {
        Tree value = get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Tree.Scalar s && s.type() == Tree.Type.BOOLEAN) {
            return Boolean.parseBoolean(s.text());
        }
        problems.at(value.at(), name + " must be true or false, not " + Tree.describe(value));
        return null;
    }

    /**
     * A number with at most {@code decimals} decimals: as many as the database keeps, so that what a file
     * says is what a later export shows (its range is the request types' to check).
     */
    @Nullable
    BigDecimal number(String name, int decimals) {
        Tree value = get(name);
        if (value == null) {
            return null;
        }
        BigDecimal number = null;
        if (value instanceof Tree.Scalar s && s.type() == Tree.Type.NUMBER) {
            try {
                number = new BigDecimal(s.text());
            } catch (NumberFormatException e) {
                number = null;
            }
        }
        if (number == null) {
            problems.at(value.at(), name + " must be a number, not " + Tree.describe(value));
            return null;
        }
        if (number.stripTrailingZeros().scale() > decimals) {
            problems.at(value.at(), name + " must be " + (decimals == 0 ? "a whole number" : "a number with at most " + decimals
                    + (decimals == 1 ? " decimal" : " decimals")) + ", not " + Tree.describe(value));
            return null;
        }
        return number;
    }

    @Nullable
    LocalDate date(String name) {
        Tree value = get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Tree.Scalar s && (s.type() == Tree.Type.DATE || s.type() == Tree.Type.TEXT)) {
            try {
                return LocalDate.parse(s.text());
            } catch (DateTimeParseException e) {
                // named below
            }
        }
        problems.at(value.at(), name + " must be a date like 2027-01-04, not " + Tree.describe(value));
        return null;
    }

    @Nullable
    private String scalarText(Tree value, String name) {
        if (value instanceof Tree.Scalar s && s.type() == Tree.Type.TEXT) {
            return s.text();
        }
        problems.at(value.at(), name + " must be a text, not " + Tree.describe(value));
        return null;
    }

    static boolean isNull(Tree node) {
        return node instanceof Tree.Scalar s && s.type() == Tree.Type.NULL;
    }
}

package org.raciplanner.planning;

import org.raciplanner.analysis.Letters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the fields of one change from plain values, as a JSON or YAML reader gives them (maps,
 * lists, strings, {@link BigDecimal} numbers, booleans, null), the way the API reads every body:
 * a value is taken only as the type it is, a missing field or one the type does not have is named.
 * Each reader answers a placeholder when the value is bad; {@link #ok()} says whether all were good.
 */
final class Fields {

    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(168);
    private static final int MAX_KEY = 100;
    private static final int MAX_TEXT = 200;
    private static final int MAX_EMAIL = 254;
    private static final int SHOWN = 40;
    private static final int MAX_YEAR = 9999;
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SINGLE_LINE = Pattern.compile("[^\\p{Cntrl}]*");

    private final String type;
    private final Map<String, ?> raw;
    private final Set<String> read = new HashSet<>();
    private final List<Issue> issues = new ArrayList<>();

    Fields(String type, Map<String, ?> raw) {
        this.type = type;
        this.raw = raw;
        read.add("type");
    }

    /** An initiative's id: a whole number above 0. */
    long id(String name) {
        Object value = required(name);
        if (value != null && !(isWhole(value) && ((BigDecimal) value).signum() > 0)) {
            bad(name, "must be a whole number above 0, not " + describe(value));
        }
        return value != null && ok(name) ? ((BigDecimal) value).longValueExact() : 0;
    }

    /** A key such as a responsibility's or a role's: kebab-case, as templates write them. */
    String key(String name) {
        String value = string(name, true, MAX_KEY);
        if (value != null && !KEY.matcher(value).matches()) {
            bad(name, "must be a key like stakeholder-communication, not " + describe(value));
        }
        return value;
    }

    PersonRef person(String name) {
        Object value = required(name);
        return value == null ? null : person(name, value);
    }

    /** A person, or null (sent as null or left out) for nobody. */
    PersonRef optionalPerson(String name) {
        read.add(name);
        Object value = raw.get(name);
        return value == null ? null : person(name, value);
    }

    /** Letters as the matrix API takes them ({@code "a/r"} is RA); the empty text clears, answered as null. */
    Letters letters(String name) {
        String value = string(name, false, MAX_KEY);
        if (!raw.containsKey(name)) {
            bad(name, "is required; send \"\" to clear the cell");
            return null;
        }
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Letters.parse(value);
        } catch (IllegalArgumentException e) {
            bad(name, e.getMessage());
            return null;
        }
    }

    /** Weekly hours between 0 and 168, to the 0.1 h the roster stores; null when optional and absent. */
    BigDecimal hours(String name, boolean required) {
        Object value = required ? required(name) : optional(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof BigDecimal hours) || hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0) {
            bad(name, "must be a number of hours from 0 to 168, not " + describe(value));
            return null;
        }
        BigDecimal stored = hours.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return stored.scale() < 0 ? stored.setScale(0) : stored;
    }

    /** One line of text such as a name or a title, stripped; null when optional and absent or blank. */
    String text(String name, boolean required) {
        return text(name, required, MAX_TEXT);
    }

    private String text(String name, boolean required, int max) {
        String value = string(name, required, max);
        if (value == null) {
            return null;
        }
        if (!SINGLE_LINE.matcher(value).matches()) {
            bad(name, "must not contain control characters such as line breaks");
        } else if (value.isBlank()) {
            if (required) {
                bad(name, "must not be blank");
            }
            return null;
        }
        return value.strip();
    }

    /**
     * An e-mail address, stripped. Only its presence and length are checked here: its form is the
     * roster's rule, which the service applies (the core knows nothing of the roster).
     */
    String email(String name) {
        return text(name, true, MAX_EMAIL);
    }

    /** A ref a later change may name a new person by: {@code new:} and up to 100 more characters. */
    String ref(String name) {
        String value = string(name, true, MAX_KEY + PersonRef.PREFIX.length());
        if (value != null && !isRef(value)) {
            bad(name, "must be a ref like \"new:ana\", not " + describe(value));
        }
        return value;
    }

    /**
     * A date as JSON sends it ({@code "2027-03-24"}), of the years 1 to 9999 as the API takes dates:
     * weeks added to a date beyond would overflow what a date can hold.
     */
    LocalDate date(String name) {
        String value = string(name, true, MAX_KEY);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() >= 1 && date.getYear() <= MAX_YEAR) {
                return date;
            }
            bad(name, "must be a date of the years 1 to " + MAX_YEAR + ", not " + describe(value));
        } catch (DateTimeParseException e) {
            bad(name, "must be a date like 2027-03-24, not " + describe(value));
        }
        return null;
    }

    Boolean flag(String name) {
        Object value = optional(name);
        if (value != null && !(value instanceof Boolean)) {
            bad(name, "must be true or false, not " + describe(value));
            return null;
        }
        return (Boolean) value;
    }

    /** Whether every field read so far was good. */
    boolean ok() {
        return issues.isEmpty();
    }

    /** The change made of the fields just read, or null when any was bad. */
    <T extends Change> T ok(T change) {
        return ok() ? change : null;
    }

    /** The problems, with the fields the type does not have: read every field first. */
    List<Issue> issues() {
        raw.keySet().stream().filter(k -> !read.contains(k)).sorted()
                .forEach(k -> issues.add(new Issue(k, "is not a field of " + type)));
        return issues;
    }

    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "\"" + (s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "…") + "\"";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof Map) {
            return "an object";
        }
        return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }

    private PersonRef person(String name, Object value) {
        if (isWhole(value) && ((BigDecimal) value).signum() > 0) {
            return PersonRef.of(((BigDecimal) value).longValueExact());
        }
        if (value instanceof String s && isRef(s)) {
            return PersonRef.ref(s);
        }
        bad(name, "must be a person's id or the ref of an addPerson change such as \"new:ana\", not " + describe(value));
        return null;
    }

    private String string(String name, boolean required, int max) {
        Object value = required ? required(name) : optional(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            bad(name, "must be a string, not " + describe(value));
            return null;
        }
        return s.length() > max ? tooLong(name, max) : s;
    }

    private String tooLong(String name, int max) {
        bad(name, "must be at most " + max + " characters");
        return null;
    }

    private Object required(String name) {
        read.add(name);
        Object value = raw.get(name);
        if (value == null) {
            bad(name, raw.containsKey(name) ? "must not be null" : "is required");
        }
        return value;
    }

    private Object optional(String name) {
        read.add(name);
        return raw.get(name);
    }

    private boolean ok(String name) {
        return issues.stream().noneMatch(i -> i.field().equals(name));
    }

    void bad(String name, String message) {
        issues.add(new Issue(name, message));
    }

    private static boolean isRef(String s) {
        return s.startsWith(PersonRef.PREFIX) && s.length() > PersonRef.PREFIX.length()
                && s.length() <= PersonRef.PREFIX.length() + MAX_KEY && SINGLE_LINE.matcher(s).matches() && !s.isBlank();
    }

    private static boolean isWhole(Object value) {
        return value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0
                && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
    }
}

package org.raciplanner.planning;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Adds a row to an initiative's matrix, as {@code POST …/responsibilities} does: after its other
 * rows, empty (letters come from changes that follow it), {@code EXECUTION} and 1 h a week unless
 * the change says otherwise.
 */
public record AddResponsibility(long initiativeId, String key, String name, String category, BigDecimal effortHours)
        implements Change {

    public static final String TYPE = "addResponsibility";
    static final Set<String> CATEGORIES = Set.of("STRATEGY", "EXECUTION");
    static final String DEFAULT_CATEGORY = "EXECUTION";
    static final BigDecimal DEFAULT_EFFORT = BigDecimal.ONE;

    public AddResponsibility {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        if (category != null && !CATEGORIES.contains(category)) {
            throw new IllegalArgumentException("category must be STRATEGY or EXECUTION, not " + category);
        }
    }

    static AddResponsibility read(Fields f) {
        long initiative = f.id("initiativeId");
        String key = f.key("key");
        String name = f.text("name", true);
        String category = f.text("category", false);
        if (category != null && !CATEGORIES.contains(category.toUpperCase(Locale.ROOT))) {
            f.bad("category", "must be STRATEGY or EXECUTION, not \"" + category + "\"");
        }
        BigDecimal effort = f.hours("effortHours", false);
        return f.ok() ? new AddResponsibility(initiative, key, name, category == null ? null : category.toUpperCase(Locale.ROOT),
                effort) : null;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void applyTo(Draft draft) {
        MatrixDraft matrix = draft.matrix(initiativeId);
        if (matrix.hasRow(key)) {
            throw new Invalid("key", matrix.name() + " already has a responsibility '" + key + "'");
        }
        draft.addRow(matrix, new org.raciplanner.snapshot.Snapshot.Row(key, name,
                category == null ? DEFAULT_CATEGORY : category, effortHours == null ? DEFAULT_EFFORT : effortHours));
    }

    @Override
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", TYPE);
        json.put("initiativeId", initiativeId);
        json.put("key", key);
        json.put("name", name);
        if (category != null) {
            json.put("category", category);
        }
        if (effortHours != null) {
            json.put("effortHours", effortHours);
        }
        return json;
    }
}

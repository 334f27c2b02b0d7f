package org.raciplanner.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A finding of the analysis. The subject fields (person, initiative, responsibility key) are
 * null where they do not apply; {@code figures} keeps its insertion order.
 */
public record Warning(String code, Severity severity, String message, String advice,
                      Long personId, Long initiativeId, String responsibility, Map<String, Object> figures) {

    /**
     * The figures that name what a warning is about rather than measure it: the role nobody plays,
     * the two roles in conflict. They belong in its id; every other figure is a number that moves.
     */
    private static final Map<String, List<String>> SUBJECT_FIGURES = Map.of(
            UnstaffedRoleRule.CODE, List.of("role"),
            RoleConflictRule.CODE, List.of("roleA", "roleB"));

    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(advice, "advice");
        figures = figures == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /**
     * The same finding's id in every evaluation, so clients and what-if results can match findings:
     * the code and the keys of what it is about ({@code ROLE_CONFLICT:p7:product-manager+product-owner},
     * {@code NO_ACCOUNTABLE:i3:budget}), never its severity, message or measured figures, so a
     * finding keeps its id while its numbers move.
     */
    public String id() {
        StringBuilder id = new StringBuilder(code);
        if (initiativeId != null) {
            id.append(":i").append(initiativeId);
        }
        if (responsibility != null) {
            id.append(':').append(responsibility);
        }
        if (personId != null) {
            id.append(":p").append(personId);
        }
        List<String> subject = SUBJECT_FIGURES.get(code);
        if (subject != null) {
            List<String> keys = subject.stream().map(figures::get).filter(Objects::nonNull).map(String::valueOf).sorted().toList();
            if (!keys.isEmpty()) {
                id.append(':').append(String.join("+", keys));
            }
        }
        return id.toString();
    }
}

package org.raciplanner.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A finding of the analysis. The subject fields (person, initiative, responsibility key) are
 * null where they do not apply; {@code figures} keeps its insertion order.
 */
public record Warning(String code, Severity severity, String message, String advice,
                      Long personId, Long initiativeId, String responsibility, Map<String, Object> figures) {

    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(advice, "advice");
        figures = figures == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }
}

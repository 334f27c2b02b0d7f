package org.raciplanner.warnings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.raciplanner.analysis.Severity;
import org.raciplanner.analysis.Warning;

import java.util.Map;

@Serdeable
record WarningView(String code, Severity severity, String message, String advice, @Nullable Long personId,
                   @Nullable Long initiativeId, @Nullable String responsibility, Map<String, Object> figures) {

    static WarningView of(Warning w) {
        return new WarningView(w.code(), w.severity(), w.message(), w.advice(), w.personId(), w.initiativeId(),
                w.responsibility(), w.figures());
    }
}

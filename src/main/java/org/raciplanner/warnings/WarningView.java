package org.raciplanner.warnings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.raciplanner.analysis.Severity;
import org.raciplanner.analysis.Warning;

import java.util.Map;

// The figures are documented as a map of any values: micronaut-openapi gives a class's schema
// "type: object" beside its oneOf, so a map's values cannot be typed number | text | list | object.
@Serdeable
public record WarningView(String code, Severity severity, String message, String advice, @Nullable Long personId,
                   @Nullable Long initiativeId, @Nullable String responsibility,
                   @Schema(description = "The figures behind the warning, by name, the limit crossed included: each a number,"
                           + " a text, a list (of numbers, texts or breakdown rows) or lists of initiative names by role",
                           additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
                   Map<String, Object> figures) {

    public static WarningView of(Warning w) {
        return new WarningView(w.code(), w.severity(), w.message(), w.advice(), w.personId(), w.initiativeId(),
                w.responsibility(), w.figures());
    }
}

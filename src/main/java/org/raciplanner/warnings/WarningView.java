package org.raciplanner.warnings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.raciplanner.analysis.Severity;
import org.raciplanner.analysis.Warning;

import java.util.Map;

/** A warning as every answer shows it: {@code GET …/warnings}, and a what-if's warnings resolved and introduced. */
// The figures are documented as a map of any values: micronaut-openapi gives a class's schema
// "type: object" beside its oneOf, so a map's values cannot be typed number | text | list | object.
@Serdeable
@Schema(name = "Warning")
public record WarningView(
        @Schema(description = "The same finding's id in every evaluation: its code and the keys of what it is about"
                + " (such as CAPACITY_OVERLOAD:p7 or NO_ACCOUNTABLE:i3:budget), never its figures, so it stays while they move")
        String id,
        String code, Severity severity, String message, String advice, @Nullable Long personId,
        @Nullable Long initiativeId, @Nullable String responsibility,
        @Schema(description = "The figures behind the warning, by name, the limit crossed included: each a number,"
                + " a text, a list (of numbers, texts or breakdown rows) or lists of initiative names by role",
                additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
        Map<String, Object> figures) {

    public static WarningView of(Warning w) {
        return new WarningView(w.id(), w.code(), w.severity(), w.message(), w.advice(), w.personId(), w.initiativeId(),
                w.responsibility(), w.figures());
    }
}

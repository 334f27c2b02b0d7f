package org.raciplanner.fix;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.raciplanner.planning.Changes;
import org.raciplanner.planning.fix.Suggestion;
import org.raciplanner.scenario.ChangeSchemas;
import org.raciplanner.scenario.ResultView;
import org.raciplanner.warnings.WarningView;

import java.util.List;
import java.util.Map;

/** One suggestion as {@code GET …/suggestions} answers it: a what-if that has already been run. */
@Serdeable
@Schema(name = "Suggestion")
record SuggestionView(
        @Schema(description = "The warning it clears, as GET …/warnings shows it") WarningView warning,
        @Schema(description = "Who takes what, and what it costs them: each taker's load before and after") String title,
        @ArraySchema(schema = @Schema(implementation = ChangeSchemas.Change.class)) List<Map<String, Object>> changes,
        @Schema(description = "What the changes do to the whole team, as POST …/what-if answers") ResultView result) {

    static SuggestionView of(Suggestion s) {
        return new SuggestionView(WarningView.of(s.warning()), s.title(), Changes.json(s.changes()), ResultView.of(s.result()));
    }
}

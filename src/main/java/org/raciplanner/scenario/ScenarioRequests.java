package org.raciplanner.scenario;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.raciplanner.api.Text;

/**
 * What clients send. The changes are read as JSON and handed to the planning core, which names
 * each bad field as {@code changes[i].field}.
 */
final class ScenarioRequests {

    private ScenarioRequests() {
    }

    @Serdeable
    @Schema(name = "WhatIfRequest")
    record WhatIf(@Nullable @Schema(implementation = ChangeSchemas.ChangeList.class)
                  JsonNode changes) {
    }

    @Serdeable
    @Schema(name = "NewScenario")
    record NewScenario(@NotBlank @Size(max = 200) @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE) String name,
                       @Nullable @Schema(implementation = ChangeSchemas.ChangeList.class)
                       JsonNode changes) {
    }

    /** A merge patch: a new name, new changes (evaluated against the team as it is now: a new base), or both. */
    @Serdeable
    @Schema(name = "ScenarioPatch")
    record ScenarioPatch(@Nullable @Size(max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
                         @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE) String name,
                         @Nullable @Schema(implementation = ChangeSchemas.ChangeList.class)
                         JsonNode changes) {
    }
}

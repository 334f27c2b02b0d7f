package org.raciplanner.scenario;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.raciplanner.api.Problem;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the scenario endpoints answer. */
public final class ScenarioViews {

    private ScenarioViews() {
    }

    /**
     * A scenario evaluated against the team as it is now: {@code stale} when the team changed since
     * {@code baseVersion}. When its changes no longer fit the team (someone left, a row was
     * deleted), {@code result} is null and {@code problems} names each change that does not fit. An
     * applied scenario has no {@code result}: its changes are the team's now ({@code applied} says when).
     */
    @Serdeable
    @Schema(name = "Scenario")
    public record Scenario(long id, String name, long baseVersion,
                    @Schema(description = "The team's version now") long teamVersion,
                    boolean stale,
                    @ArraySchema(schema = @Schema(implementation = ChangeSchemas.Change.class)) List<Map<String, Object>> changes,
                    @Nullable ResultView result,
                    @Nullable List<Problem.Issue> problems,
                    String createdBy, Instant createdAt, Instant updatedAt,
                    @Nullable Applied applied) {
    }

    /** A scenario in the list, without evaluating it. */
    @Serdeable
    @Schema(name = "ScenarioSummary")
    record Summary(long id, String name, long baseVersion, boolean stale, int changeCount, String createdBy,
                   Instant createdAt, Instant updatedAt, @Nullable Applied applied) {
    }

    /** Who applied the scenario, when, and the team's version the apply left it at. */
    @Serdeable
    @Schema(name = "ScenarioApplied")
    public record Applied(String by, Instant at, long version) {
    }

    /** What an apply did, and the team's version after it. */
    @Serdeable
    @Schema(name = "ScenarioApply")
    record Apply(ResultView result, long version) {
    }
}

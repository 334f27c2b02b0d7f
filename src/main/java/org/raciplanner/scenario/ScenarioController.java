package org.raciplanner.scenario;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.raciplanner.database.RequestThreads;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.validation.Valid;
import org.raciplanner.api.JsonBodies;
import org.raciplanner.api.QueryFlags;
import org.raciplanner.api.Refusals;
import org.raciplanner.heavy.Heavy;
import org.raciplanner.heavy.Kind;

import java.util.List;
import java.util.Set;

/**
 * What-if and scenarios (planning.md): preview changes without saving them (any reader may), keep
 * them as a named scenario, read it evaluated against the team as it is now, apply it. Evaluating
 * is heavy work: two analyses of the team.
 */
@ExecuteOn(RequestThreads.NAME)
@Controller("/api/v1/teams/{teamId}")
class ScenarioController {

    private final WhatIf whatIf;
    private final ChangeLists lists;
    private final Scenarios scenarios;
    private final ScenarioApply applier;
    private final JsonBodies bodies;

    ScenarioController(WhatIf whatIf, ChangeLists lists, Scenarios scenarios, ScenarioApply applier, JsonBodies bodies) {
        this.whatIf = whatIf;
        this.lists = lists;
        this.scenarios = scenarios;
        this.applier = applier;
        this.bodies = bodies;
    }

    /** The difference the changes would make to the team as it is now; nothing is saved. */
    @Post("/what-if")
    @Heavy(Kind.WHAT_IF)
    @Refusals.Read
    @Refusals.WithBody
    @Refusals.Unprocessable
    @Refusals.Busy
    ResultView whatIf(long teamId, @Body @Valid ScenarioRequests.WhatIf request) {
        return ResultView.of(whatIf.evaluate(teamId, lists.read(request.changes())).result());
    }

    @Post("/scenarios")
    @Status(HttpStatus.CREATED)
    @Heavy(Kind.WHAT_IF)
    @Refusals.Write
    @Refusals.WithBody
    @Refusals.Unprocessable
    @Refusals.Busy
    HttpResponse<ScenarioViews.Scenario> create(long teamId, @Body @Valid ScenarioRequests.NewScenario request) {
        ScenarioViews.Scenario created = scenarios.create(teamId, request.name(), request.changes());
        return HttpResponse.created(created, UriBuilder.of("/api/v1/teams").path(String.valueOf(teamId)).path("scenarios")
                .path(String.valueOf(created.id())).build());
    }

    /** The team's scenarios, oldest first, without evaluating them: read one for its result. */
    @Get("/scenarios")
    @Refusals.Read
    List<ScenarioViews.Summary> list(long teamId) {
        return scenarios.list(teamId);
    }

    /** The scenario evaluated against the team as it is now. */
    @Get("/scenarios/{scenarioId}")
    @Heavy(Kind.WHAT_IF)
    @Refusals.Read
    @Refusals.Busy
    ScenarioViews.Scenario get(long teamId, long scenarioId) {
        return scenarios.get(teamId, scenarioId);
    }

    @Patch("/scenarios/{scenarioId}")
    @Heavy(Kind.WHAT_IF)
    @Refusals.Write
    @Refusals.WithBody
    @Refusals.Unprocessable
    @Refusals.Busy
    ScenarioViews.Scenario update(long teamId, long scenarioId, @Nullable @Body @RequestBody(content = @Content(
            schema = @Schema(implementation = ScenarioRequests.ScenarioPatch.class))) JsonNode patch) {
        return scenarios.update(teamId, scenarioId, bodies.patch(patch, ScenarioRequests.ScenarioPatch.class, Set.of()));
    }

    @Delete("/scenarios/{scenarioId}")
    @Status(HttpStatus.NO_CONTENT)
    @Refusals.Write
    HttpResponse<Void> delete(long teamId, long scenarioId) {
        scenarios.delete(teamId, scenarioId);
        return HttpResponse.noContent();
    }

    /**
     * Applies the scenario's changes in one transaction, each history entry naming it. Refused (409)
     * when it was applied already, when it no longer fits the team, or when someone else changed a
     * cell it changes since it was made, unless {@code force=true} gives those cells its letters.
     */
    @Post("/scenarios/{scenarioId}/apply")
    @Heavy(Kind.WHAT_IF)
    @Refusals.Write
    @Refusals.Busy
    ScenarioViews.Apply apply(long teamId, long scenarioId, @QueryValue(defaultValue = "false") String force) {
        return applier.apply(teamId, scenarioId, QueryFlags.parse("force", force));
    }
}

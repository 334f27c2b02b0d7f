package org.raciplanner.fix;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.raciplanner.database.RequestThreads;
import jakarta.validation.Valid;
import org.raciplanner.api.Refusals;
import org.raciplanner.heavy.Heavy;
import org.raciplanner.heavy.Kind;
import org.raciplanner.scenario.ScenarioViews;

import java.util.List;

/**
 * Suggestions and the fix plan (planning.md): concrete changes that clear warnings, each already
 * evaluated like a what-if; and one plan for the whole team, saved as a scenario. Both search, so
 * both are heavy work, bounded in time (README › Configuration, {@code raci.fix.*}).
 */
@ExecuteOn(RequestThreads.NAME)
@Controller("/api/v1/teams/{teamId}")
class FixController {

    private final Fixes fixes;

    FixController(Fixes fixes) {
        this.fixes = fixes;
    }

    /**
     * For each warning the filters keep (in the order of {@code GET …/warnings}), up to three ways to
     * clear it, best first. A filter naming what the team does not have is a 400 listing what it has.
     */
    @Get("/suggestions")
    @Heavy(Kind.SUGGESTIONS)
    @Refusals.Read
    @Refusals.Busy
    List<SuggestionView> suggestions(long teamId, @Nullable @QueryValue String code, @Nullable @QueryValue Long personId,
                                     @Nullable @QueryValue Long initiativeId) {
        return fixes.suggestions(teamId, code, personId, initiativeId);
    }

    /**
     * Searches one change list that clears as many ERRORs as it can, then WARNINGs, within
     * {@code maxChanges}, giving no work to anyone in {@code protect} and introducing no ERROR, and
     * saves it as a scenario named "Fix plan: …", evaluated against the team it was searched on.
     */
    @Post("/fix-plan")
    @Status(HttpStatus.CREATED)
    @Heavy(Kind.FIX_PLAN)
    @Refusals.Write
    @Refusals.WithBody
    @Refusals.Busy
    HttpResponse<ScenarioViews.Scenario> plan(long teamId, @Nullable @Body @Valid FixRequests.Plan request) {
        ScenarioViews.Scenario created = fixes.plan(teamId, request);
        return HttpResponse.created(created, UriBuilder.of("/api/v1/teams").path(String.valueOf(teamId)).path("scenarios")
                .path(String.valueOf(created.id())).build());
    }
}

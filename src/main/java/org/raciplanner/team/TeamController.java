package org.raciplanner.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import org.raciplanner.database.RequestThreads;
import org.raciplanner.api.JsonBodies;
import org.raciplanner.api.Refusals;

import java.util.List;
import java.util.Set;

@ExecuteOn(RequestThreads.NAME)
@Controller("/api/v1/teams")
class TeamController {

    private final Teams teams;
    private final JsonBodies bodies;

    TeamController(Teams teams, JsonBodies bodies) {
        this.teams = teams;
        this.bodies = bodies;
    }

    /** Every team, ids and names only, by id; for the operator (see {@code Access}). */
    @Get
    @Refusals.BadRequest
    @Refusals.Unauthorized
    @Refusals.Forbidden
    HttpResponse<List<TeamSummary>> list(@QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "100") int size) {
        Page<TeamSummary> found = teams.list(page, size);
        return HttpResponse.ok(found.getContent()).header("X-Total-Count", String.valueOf(found.getTotalSize()));
    }

    @Get("/{teamId}")
    @Refusals.Read
    TeamView get(long teamId) {
        return teams.get(teamId);
    }

    @Get("/{teamId}/settings")
    @Refusals.Read
    Settings settings(long teamId) {
        return teams.settings(teamId);
    }

    /** A JSON merge patch (RFC 7396) of the limits. */
    @Patch("/{teamId}/settings")
    @Refusals.Write
    @Refusals.WithBody
    Settings updateSettings(long teamId, @Nullable @Body
                            @RequestBody(content = @Content(schema = @Schema(implementation = SettingsPatch.class))) JsonNode patch) {
        return teams.updateSettings(teamId, bodies.patch(patch, SettingsPatch.class, Set.of()).values());
    }
}

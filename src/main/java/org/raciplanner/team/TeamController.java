package org.raciplanner.team;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.tree.JsonNode;
import org.raciplanner.web.JsonBodies;

import java.util.List;
import java.util.Set;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.uri.UriBuilder;
import jakarta.validation.Valid;

@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/teams")
class TeamController {

    private final Teams teams;
    private final JsonBodies bodies;

    TeamController(Teams teams, JsonBodies bodies) {
        this.teams = teams;
        this.bodies = bodies;
    }

    @Post
    HttpResponse<TeamView> create(@Body @Valid CreateTeam request) {
        TeamView team = teams.create(request);
        return HttpResponse.created(team, UriBuilder.of("/api/v1/teams").path(String.valueOf(team.id())).build());
    }

    /** Every team, ids and names only, by id; for the operator (see {@code Access}). */
    @Get
    HttpResponse<List<TeamSummary>> list(@QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "100") int size) {
        Page<TeamSummary> found = teams.list(page, size);
        return HttpResponse.ok(found.getContent()).header("X-Total-Count", String.valueOf(found.getTotalSize()));
    }

    @Get("/{teamId}")
    TeamView get(long teamId) {
        return teams.get(teamId);
    }

    @Get("/{teamId}/settings")
    Settings settings(long teamId) {
        return teams.settings(teamId);
    }

    @Patch("/{teamId}/settings")
    Settings updateSettings(long teamId, @Nullable @Body JsonNode patch) {
        return teams.updateSettings(teamId, bodies.patch(patch, SettingsPatch.class, Set.of()).values());
    }
}

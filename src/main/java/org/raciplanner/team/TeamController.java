package org.raciplanner.team;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.uri.UriBuilder;
import jakarta.validation.Valid;
import org.raciplanner.web.Refusals;

@Controller("/api/v1/teams")
class TeamController {

    private final Teams teams;

    TeamController(Teams teams) {
        this.teams = teams;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Refusals.BadRequest
    @Refusals.Unauthorized
    @Refusals.Forbidden
    @Refusals.WithBody
    HttpResponse<TeamView> create(@Body @Valid CreateTeam request) {
        TeamView team = teams.create(request);
        return HttpResponse.created(team, UriBuilder.of("/api/v1/teams").path(String.valueOf(team.id())).build());
    }

    @Get("/{teamId}")
    @Refusals.Read
    TeamView get(long teamId) {
        return teams.get(teamId);
    }

    @Patch("/{teamId}/settings")
    @Refusals.Write
    @Refusals.WithBody
    Settings updateSettings(long teamId, @Body @Valid SettingsPatch patch) {
        return teams.updateSettings(teamId, patch);
    }
}

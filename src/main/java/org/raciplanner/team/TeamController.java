package org.raciplanner.team;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.uri.UriBuilder;
import jakarta.validation.Valid;

@Controller("/api/v1/teams")
class TeamController {

    private final Teams teams;

    TeamController(Teams teams) {
        this.teams = teams;
    }

    @Post
    HttpResponse<TeamView> create(@Body @Valid CreateTeam request) {
        TeamView team = teams.create(request);
        return HttpResponse.created(team, UriBuilder.of("/api/v1/teams").path(String.valueOf(team.id())).build());
    }

    @Get("/{teamId}")
    TeamView get(long teamId) {
        return teams.get(teamId);
    }

    @Patch("/{teamId}/settings")
    Settings updateSettings(long teamId, @Body @Valid SettingsPatch patch) {
        return teams.updateSettings(teamId, patch);
    }
}

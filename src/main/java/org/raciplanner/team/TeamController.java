package org.raciplanner.team;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import jakarta.validation.Valid;

@Controller("/api/v1/teams")
class TeamController {

    private final Teams teams;

    TeamController(Teams teams) {
        this.teams = teams;
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

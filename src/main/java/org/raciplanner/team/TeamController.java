package org.raciplanner.team;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import jakarta.validation.Valid;
import org.raciplanner.api.Refusals;

@Controller("/api/v1/teams")
class TeamController {

    private final Teams teams;

    TeamController(Teams teams) {
        this.teams = teams;
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

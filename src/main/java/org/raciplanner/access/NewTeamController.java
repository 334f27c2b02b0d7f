package org.raciplanner.access;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.validation.Valid;
import org.raciplanner.database.RequestThreads;
import org.raciplanner.team.CreateTeam;
import org.raciplanner.team.TeamView;
import org.raciplanner.api.Refusals;

/**
 * {@code POST /api/v1/teams}: only the operator gets here (see {@link Access}). It lives with the
 * tokens because its answer carries the new team's first ADMIN token; the team feature knows
 * nothing of tokens.
 */
@ExecuteOn(RequestThreads.NAME)
@Controller("/api/v1/teams")
class NewTeamController {

    private final Tokens tokens;

    NewTeamController(Tokens tokens) {
        this.tokens = tokens;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Refusals.BadRequest
    @Refusals.Unauthorized
    @Refusals.Forbidden
    @Refusals.WithBody
    HttpResponse<TeamView> create(@Body @Valid CreateTeam request) {
        TeamView team = tokens.createTeam(request);
        return HttpResponse.created(team, UriBuilder.of("/api/v1/teams").path(String.valueOf(team.id())).build());
    }
}

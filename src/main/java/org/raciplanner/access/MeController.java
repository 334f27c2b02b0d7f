package org.raciplanner.access;

import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import org.raciplanner.database.RequestThreads;
import org.raciplanner.team.Teams;
import org.raciplanner.api.Refusals;

/**
 * Who the presented token is. A client that was only handed a secret (the page, after sign-in)
 * learns from here which team it may see and whether it may change anything. Any valid token may
 * ask: {@link Access} lets every token read outside a team's path.
 */
@ExecuteOn(RequestThreads.NAME)
@Controller("/api/v1/me")
class MeController {

    private final Teams teams;

    MeController(Teams teams) {
        this.teams = teams;
    }

    /** {@code role} is OPERATOR, ADMIN, EDITOR or VIEWER; the operator belongs to no team. */
    @Serdeable
    record Me(String tokenName, String role, @Nullable Long teamId, @Nullable String teamName) {
    }

    @Get
    @Refusals.Unauthorized
    Me me(Authentication caller) {
        if (caller.getRoles().contains(Tokens.OPERATOR)) {
            return new Me(caller.getName(), Tokens.OPERATOR, null, null);
        }
        long teamId = ((Number) caller.getAttributes().get(Tokens.TEAM)).longValue();
        return new Me(caller.getName(), Role.highestOf(caller.getRoles()).name(), teamId, teams.get(teamId).name());
    }
}

package org.raciplanner.access;

import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.uri.UriBuilder;
import jakarta.validation.Valid;
import org.raciplanner.database.RequestThreads;
import org.raciplanner.api.Refusals;

import java.util.List;

/** A team's tokens; only the team's ADMIN tokens (and the operator) get here, see {@link Access}. */
@ExecuteOn(RequestThreads.NAME)
@Controller("/api/v1/teams/{teamId}/tokens")
class TokenController {

    private final Tokens tokens;

    TokenController(Tokens tokens) {
        this.tokens = tokens;
    }

    /** The answer carries the secret; it is not stored and cannot be shown again. */
    @Post
    @Status(HttpStatus.CREATED)
    @Refusals.Write
    @Refusals.WithBody
    HttpResponse<TokenView> issue(long teamId, @Body @Valid TokenRequest request) {
        TokenView issued = tokens.issue(teamId, request);
        return HttpResponse.created(issued, UriBuilder.of("/api/v1/teams").path(String.valueOf(teamId))
                .path("tokens").path(String.valueOf(issued.id())).build());
    }

    @Get
    @Refusals.Read
    @Refusals.Forbidden
    List<TokenView> list(long teamId) {
        return tokens.list(teamId);
    }

    /** Effective at once: the next request with this token is refused. */
    @Delete("/{tokenId}")
    @Status(HttpStatus.NO_CONTENT)
    @Refusals.Write
    void revoke(long teamId, long tokenId) {
        tokens.revoke(teamId, tokenId);
    }
}

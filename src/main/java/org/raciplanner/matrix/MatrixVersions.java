package org.raciplanner.matrix;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.Problem;
import org.raciplanner.database.RowLocks;
import org.raciplanner.team.Teams;

import java.util.List;

/**
 * A matrix's version: every write checks the version {@code If-Match} names while it holds the
 * initiative's row lock, and moves the version on. Each method runs in the caller's transaction.
 */
@Singleton
class MatrixVersions {

    private final MatrixGuard guard;
    private final RowLocks locks;
    private final Teams teams;

    MatrixVersions(MatrixGuard guard, RowLocks locks, Teams teams) {
        this.guard = guard;
        this.locks = locks;
        this.teams = teams;
    }

    /** Checks the expected version, bumps it, and answers the new one. */
    long write(long teamId, long initiativeId, @Nullable String ifMatch) {
        expect(teamId, initiativeId, ifMatch);
        return bump(teamId, initiativeId);
    }

    /** Locks the initiative's row and checks the version {@code If-Match} names; answers the current version. */
    long expect(long teamId, long initiativeId, @Nullable String ifMatch) {
        boolean conditional = ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().equals("*");
        Long expected = conditional ? MatrixEtag.parse(ifMatch) : null;
        if (conditional && expected == null) {
            throw ApiException.invalidField("If-Match", "must be the matrix's ETag, such as \"7\", not " + ifMatch.strip());
        }
        teams.requireExists(teamId);
        if (locks.initiatives(teamId, List.of(initiativeId)).isEmpty()) {
            throw ApiException.notFound("Initiative " + initiativeId);
        }
        long current = guard.matrixVersion(teamId, initiativeId).orElseThrow();
        if (conditional && expected != current) {
            throw new ApiException(HttpStatus.PRECONDITION_FAILED, "The matrix changed since you read it: it is at version "
                    + current + ", your change was based on " + ifMatch.strip() + ". Reload it and apply your change again.",
                    List.of(Problem.Issue.field("If-Match", "is stale; the current version is " + current)));
        }
        return current;
    }

    /** Moves the version on (which also locks the initiative's row) and answers the new one. */
    long bump(long teamId, long initiativeId) {
        guard.bump(teamId, initiativeId);
        return guard.matrixVersion(teamId, initiativeId).orElseThrow();
    }

    long requireInitiative(long teamId, long initiativeId) {
        teams.requireExists(teamId);
        return guard.matrixVersion(teamId, initiativeId).orElseThrow(() -> ApiException.notFound("Initiative " + initiativeId));
    }
}

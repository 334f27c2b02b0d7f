package org.raciplanner.matrix;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.Timestamps;
import org.raciplanner.snapshot.PastMatrices;
import org.raciplanner.snapshot.Snapshot;
import org.raciplanner.team.Teams;

import java.time.Instant;
import java.util.List;

/**
 * Matrices as they were: an initiative at an instant, rebuilt from the history (see
 * {@link PastMatrices}), for {@code GET …/matrix?at=} and the initiative's workbook as of then.
 */
@Singleton
public class AsOf {

    private final PastMatrices past;
    private final Teams teams;

    AsOf(PastMatrices past, Teams teams) {
        this.past = past;
        this.teams = teams;
    }

    /** The initiative then; 404 when it did not exist then, saying why. */
    public Snapshot.OneMatrix initiative(long teamId, long initiativeId, Instant at) {
        teams.requireExists(teamId);
        PastMatrices.AsOf found = past.initiative(teamId, initiativeId, at);
        String then = Timestamps.shown(at).toString();
        return switch (found.absence()) {
            case NONE -> found.matrix();
            case UNKNOWN -> throw ApiException.notFound("Initiative " + initiativeId);
            case NOT_YET -> throw notFound("Initiative " + initiativeId + " did not exist yet at " + then);
            case DELETED -> throw notFound("Initiative " + initiativeId + " had been deleted by " + then);
            case NOT_RECORDED -> throw notFound("Initiative " + initiativeId + " existed at " + then + ", before its matrix was"
                    + " recorded change by change (an upgrade started that); ask for a later instant");
        };
    }

    MatrixViews.Matrix view(long teamId, long initiativeId, Instant at) {
        return MatrixViews.of(initiative(teamId, initiativeId, at).matrix());
    }

    private static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, detail, List.of());
    }
}

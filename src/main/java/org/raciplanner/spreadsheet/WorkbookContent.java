package org.raciplanner.spreadsheet;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.raciplanner.analysis.TeamSnapshot;
import org.raciplanner.matrix.AsOf;
import org.raciplanner.snapshot.Snapshot;
import org.raciplanner.snapshot.Snapshots;
import org.raciplanner.warnings.TeamFacts;
import org.raciplanner.api.ApiException;

import java.time.Instant;
import java.util.List;

/** What a workbook shows, from the one read model: a whole team is read in one transaction, so all its sheets agree. */
@Singleton
class WorkbookContent {

    private final Snapshots snapshots;
    private final TeamFacts facts;
    private final AsOf asOf;

    WorkbookContent(Snapshots snapshots, TeamFacts facts, AsOf asOf) {
        this.snapshots = snapshots;
        this.facts = facts;
        this.asOf = asOf;
    }

    /** The initiative now, or with {@code at} as it was then (from the history). */
    Initiative initiative(long teamId, long initiativeId, @Nullable Instant at) {
        Snapshot.OneMatrix found = at != null ? asOf.initiative(teamId, initiativeId, at)
                : snapshots.initiative(teamId, initiativeId).orElseThrow(() -> ApiException.notFound("Initiative " + initiativeId));
        return new Initiative(found.teamName(), MatrixData.of(found.matrix()), at);
    }

    Team team(long teamId) {
        Snapshot.Team team = snapshots.team(teamId).orElseThrow(() -> ApiException.notFound("Team " + teamId));
        return new Team(team, team.matrices().stream().map(MatrixData::of).toList(), facts.of(team));
    }

    record Initiative(String teamName, MatrixData matrix, @Nullable Instant at) {
    }

    /** The team as read, its matrices laid out for sheets, and the analysis' facts of it. */
    record Team(Snapshot.Team snapshot, List<MatrixData> matrices, TeamSnapshot facts) {
        String name() {
            return snapshot.name();
        }
    }
}

package org.raciplanner.spreadsheet;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.raciplanner.analysis.TeamSnapshot;
import org.raciplanner.warnings.SnapshotLoader;
import org.raciplanner.web.ApiException;

import java.util.List;
import java.util.Map;

import static io.micronaut.transaction.TransactionDefinition.Isolation.REPEATABLE_READ;

/** Reads what a workbook shows in one repeatable-read transaction, so all its sheets agree. */
@Singleton
class WorkbookContent {

    private final MatrixLoader matrices;
    private final SnapshotLoader snapshots;

    WorkbookContent(MatrixLoader matrices, SnapshotLoader snapshots) {
        this.matrices = matrices;
        this.snapshots = snapshots;
    }

    @Transactional(readOnly = true, isolation = REPEATABLE_READ)
    Initiative initiative(long teamId, long initiativeId) {
        String team = matrices.teamName(teamId).orElseThrow(() -> ApiException.notFound("Team " + teamId));
        List<MatrixData> matrix = matrices.load(teamId, initiativeId);
        if (matrix.isEmpty()) {
            throw ApiException.notFound("Initiative " + initiativeId);
        }
        return new Initiative(team, matrix.get(0));
    }

    @Transactional(readOnly = true, isolation = REPEATABLE_READ)
    Team team(long teamId) {
        String team = matrices.teamName(teamId).orElseThrow(() -> ApiException.notFound("Team " + teamId));
        TeamSnapshot snapshot = snapshots.load(teamId);
        Map<Long, String> emails = matrices.emails(teamId);
        return new Team(team, matrices.around(teamId, snapshot, emails), snapshot, emails);
    }

    record Initiative(String teamName, MatrixData matrix) {
    }

    record Team(String name, List<MatrixData> matrices, TeamSnapshot snapshot, Map<Long, String> emails) {
    }
}

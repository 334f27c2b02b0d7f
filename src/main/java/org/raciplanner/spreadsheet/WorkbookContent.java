package org.raciplanner.spreadsheet;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.raciplanner.analysis.TeamSnapshot;
import org.raciplanner.matrix.AsOf;
import org.raciplanner.planning.Change;
import org.raciplanner.planning.Result;
import org.raciplanner.scenario.Scenarios;
import org.raciplanner.snapshot.Snapshot;
import org.raciplanner.snapshot.Snapshots;
import org.raciplanner.warnings.TeamFacts;
import org.raciplanner.api.ApiException;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a workbook shows, from the one read model: a whole team is read in one transaction, so all its sheets agree. */
@Singleton
class WorkbookContent {

    private final Snapshots snapshots;
    private final TeamFacts facts;
    private final AsOf asOf;
    private final Scenarios scenarios;

    WorkbookContent(Snapshots snapshots, TeamFacts facts, AsOf asOf, Scenarios scenarios) {
        this.snapshots = snapshots;
        this.facts = facts;
        this.asOf = asOf;
        this.scenarios = scenarios;
    }

    /** The initiative now, or with {@code at} as it was then (from the history). */
    Initiative initiative(long teamId, long initiativeId, @Nullable Instant at) {
        Snapshot.OneMatrix found = at != null ? asOf.initiative(teamId, initiativeId, at)
                : snapshots.initiative(teamId, initiativeId).orElseThrow(() -> ApiException.notFound("Initiative " + initiativeId));
        return new Initiative(found.teamName(), MatrixData.of(found.matrix()), at);
    }

    Team team(long teamId) {
        Snapshot.Team team = snapshots.team(teamId).orElseThrow(() -> ApiException.notFound("Team " + teamId));
        return new Team(team, team.matrices().stream().map(MatrixData::of).toList(), facts.of(team), null);
    }

    /** The team as a saved scenario's changes would leave it, its changed cells marked, and what the changes do. */
    Team scenario(long teamId, long scenarioId) {
        Scenarios.Evaluated scenario = scenarios.evaluated(teamId, scenarioId);
        Snapshot.Team after = scenario.evaluation().applied().after();
        Result result = scenario.evaluation().result();
        Map<Long, Map<String, String>> before = new HashMap<>();
        result.cells().forEach(c -> before.computeIfAbsent(c.initiativeId(), i -> new HashMap<>())
                .put(MatrixData.key(c.responsibility(), c.person()), c.before() == null ? "" : c.before().name()));
        List<MatrixData> matrices = after.matrices().stream()
                .map(m -> MatrixData.of(m, before.getOrDefault(m.initiative().id(), Map.of()), scenario.name())).toList();
        return new Team(after, matrices, facts.of(after), new ScenarioPart(scenario.name(), scenario.baseVersion(),
                after.version(), scenario.stale(), scenario.changes(), result, new ChangeText(after, scenario.changes())));
    }

    record Initiative(String teamName, MatrixData matrix, @Nullable Instant at) {
    }

    /**
     * The team as read (or as a scenario would leave it), its matrices laid out for sheets, the
     * analysis' facts of it, and for a scenario's workbook what the scenario is and does.
     */
    record Team(Snapshot.Team snapshot, List<MatrixData> matrices, TeamSnapshot facts, @Nullable ScenarioPart scenario) {
        String name() {
            return snapshot.name();
        }
    }

    /** A scenario's name, base and changes, and the difference they make to the team as it is now. */
    record ScenarioPart(String name, long baseVersion, long teamVersion, boolean stale, List<Change> changes, Result result,
                        ChangeText text) {
    }
}

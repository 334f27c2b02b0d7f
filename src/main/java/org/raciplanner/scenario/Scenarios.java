package org.raciplanner.scenario;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.MergePatch;
import org.raciplanner.api.Problem;
import org.raciplanner.api.Timestamps;
import org.raciplanner.planning.Change;
import org.raciplanner.planning.Changes;
import org.raciplanner.planning.InvalidChanges;
import org.raciplanner.planning.Result;
import org.raciplanner.snapshot.Snapshot;
import org.raciplanner.snapshot.Snapshots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Saved scenarios: a name and a change list, evaluated against the team as it is now whenever one is
 * read. Saving one changes nothing of the team, so it records no history and moves no version. No
 * transaction spans a read of the team and a save: the read model reads the team in one
 * transaction of its own, so the version saved as the base is the one the evaluation saw.
 */
@Singleton
public class Scenarios {

    private final ScenarioRepository scenarios;
    private final ChangeLists lists;
    private final WhatIf whatIf;
    private final Snapshots snapshots;
    private final JsonMapper json;
    private final SecurityService security;

    Scenarios(ScenarioRepository scenarios, ChangeLists lists, WhatIf whatIf, Snapshots snapshots, JsonMapper json,
              SecurityService security) {
        this.scenarios = scenarios;
        this.lists = lists;
        this.whatIf = whatIf;
        this.snapshots = snapshots;
        this.json = json;
        this.security = security;
    }

    ScenarioViews.Scenario create(long teamId, String name, @Nullable JsonNode sent) {
        List<Change> changes = lists.read(sent);
        return create(whatIf.team(teamId), name, changes);
    }

    /**
     * Saves changes made for the team as read (a fix plan searched on it): that read is the base, so
     * the scenario is stale if the team moved on meanwhile.
     */
    public ScenarioViews.Scenario create(Snapshot.Team team, String name, List<Change> changes) {
        long teamId = team.id();
        WhatIf.Evaluation evaluation = whatIf.evaluate(team, changes);
        Scenario saved = scenarios.save(new Scenario(null, teamId, name.strip(), lists.store(changes), team.version(),
                baseCells(evaluation.result()), actor(), null, null, null, null, null));
        return view(saved, changes, team, evaluation.result(), null);
    }

    List<ScenarioViews.Summary> list(long teamId) {
        long version = snapshots.version(teamId).orElseThrow(() -> ApiException.notFound("Team " + teamId));
        return scenarios.findByTeamIdOrderById(teamId).stream().map(s -> new ScenarioViews.Summary(s.id(), s.name(),
                s.baseVersion(), version != s.baseVersion(), lists.stored(s.changes()).size(), s.createdBy(), Timestamps.shown(s.createdAt()),
                Timestamps.shown(s.updatedAt()), applied(s))).toList();
    }

    /**
     * Evaluated against the team as it is now; a scenario that no longer fits it says where instead.
     * An applied scenario is not evaluated again: its changes are the team's now.
     */
    ScenarioViews.Scenario get(long teamId, long scenarioId) {
        Snapshot.Team team = whatIf.team(teamId);
        Scenario s = find(teamId, scenarioId);
        List<Change> changes = lists.stored(s.changes());
        if (s.applied()) {
            return view(s, changes, team, null, null);
        }
        try {
            return view(s, changes, team, whatIf.evaluateOrThrow(team, changes).result(), null);
        } catch (InvalidChanges e) {
            return view(s, changes, team, null, ChangeLists.refusal(e).issues());
        }
    }

    /**
     * A saved scenario evaluated against the team as it is now, for its workbook: 409 when it was
     * applied (its changes are the team's now) or no longer fits the team.
     */
    public Evaluated evaluated(long teamId, long scenarioId) {
        Snapshot.Team team = whatIf.team(teamId);
        Scenario s = find(teamId, scenarioId);
        refuseApplied(s, "evaluated again; download the team workbook");
        List<Change> changes = lists.stored(s.changes());
        try {
            return new Evaluated(s.name(), s.baseVersion(), changes, whatIf.evaluateOrThrow(team, changes));
        } catch (InvalidChanges e) {
            throw ApiException.conflict("The team changed so that scenario '" + s.name() + "' no longer fits it: "
                    + e.getMessage(), ChangeLists.refusal(e).issues());
        }
    }

    /** A scenario's name, base, changes, and what they do to the team as it is now. */
    public record Evaluated(String name, long baseVersion, List<Change> changes, WhatIf.Evaluation evaluation) {
        public boolean stale() {
            return evaluation.applied().before().version() != baseVersion;
        }
    }

    /**
     * A new name keeps the base; new changes are evaluated against the team as it is now, which
     * becomes their base: the client saw that evaluation when it sent them.
     */
    ScenarioViews.Scenario update(long teamId, long scenarioId, MergePatch<ScenarioRequests.ScenarioPatch> patch) {
        Scenario s = find(teamId, scenarioId);
        refuseApplied(s, "changed");
        String name = patch.values().name() == null ? s.name() : patch.values().name().strip();
        if (patch.values().changes() == null) {
            revise(s, name, s.changes(), s.baseVersion(), s.baseCells());
            return get(teamId, scenarioId);
        }
        List<Change> changes = lists.read(patch.values().changes());
        Snapshot.Team team = whatIf.team(teamId);
        WhatIf.Evaluation evaluation = whatIf.evaluate(team, changes);
        revise(s, name, lists.store(changes), team.version(), baseCells(evaluation.result()));
        return view(find(teamId, scenarioId), changes, team, evaluation.result(), null);
    }

    /** An apply that got in first wins: its scenario stays as it was applied. */
    private void revise(Scenario s, String name, String changes, long baseVersion, String baseCells) {
        if (scenarios.revise(s.id(), name, changes, baseVersion, baseCells) == 0) {
            refuseApplied(find(s.teamId(), s.id()), "changed");
        }
    }

    void delete(long teamId, long scenarioId) {
        scenarios.delete(find(teamId, scenarioId));
    }

    Scenario find(long teamId, long scenarioId) {
        if (!snapshots.teamExists(teamId)) {
            throw ApiException.notFound("Team " + teamId);
        }
        return scenarios.findByIdAndTeamId(scenarioId, teamId).orElseThrow(() -> ApiException.notFound("Scenario " + scenarioId));
    }

    static void refuseApplied(Scenario s, String what) {
        if (s.applied()) {
            throw ApiException.conflict("Scenario '" + s.name() + "' was applied at " + s.appliedAt() + " by " + s.appliedBy()
                    + " (team version " + s.appliedVersion() + "); an applied scenario cannot be " + what,
                    List.of(Problem.Issue.field("applied", "is set: the scenario was applied")));
        }
    }

    String actor() {
        return security.getAuthentication().map(Authentication::getName)
                .orElseThrow(() -> new IllegalStateException("A scenario without an authenticated request has no author"));
    }

    private ScenarioViews.Scenario view(Scenario s, List<Change> changes, Snapshot.Team team, @Nullable Result result,
                                        @Nullable List<Problem.Issue> problems) {
        return new ScenarioViews.Scenario(s.id(), s.name(), s.baseVersion(), team.version(), team.version() != s.baseVersion(),
                Changes.json(changes), result == null ? null : ResultView.of(result), problems, s.createdBy(),
                Timestamps.shown(s.createdAt()), Timestamps.shown(s.updatedAt()), applied(s));
    }

    private static ScenarioViews.Applied applied(Scenario s) {
        return s.applied() ? new ScenarioViews.Applied(s.appliedBy(), Timestamps.shown(s.appliedAt()), s.appliedVersion()) : null;
    }

    /** The letters, as the evaluation found them, of every cell of the team's people the changes change. */
    private String baseCells(Result result) {
        List<BaseCell> cells = result.cells().stream().filter(c -> c.person() > 0)
                .map(c -> new BaseCell(c.initiativeId(), c.responsibility(), c.person(),
                        c.before() == null ? null : c.before().name())).toList();
        try {
            return json.writeValueAsString(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

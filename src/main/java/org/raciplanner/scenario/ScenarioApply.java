package org.raciplanner.scenario;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.raciplanner.analysis.Letters;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.Problem;
import org.raciplanner.database.RowLocks;
import org.raciplanner.history.History;
import org.raciplanner.initiative.Initiatives;
import org.raciplanner.matrix.Category;
import org.raciplanner.matrix.Matrices;
import org.raciplanner.matrix.RowSpec;
import org.raciplanner.planning.Change;
import org.raciplanner.planning.Effect;
import org.raciplanner.planning.InvalidChanges;
import org.raciplanner.roster.Availabilities;
import org.raciplanner.roster.Roster;
import org.raciplanner.snapshot.Snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a saved scenario in one transaction, through the same write paths as single API calls
 * (roster, staffing, cells), so templates, merges and history behave as they always do; every
 * history entry names the scenario. The changes are evaluated again against the team as it is once
 * locked, and those writes are made: what a read of the scenario showed last. Any refusal on the
 * way rolls everything back.
 */
@Singleton
class ScenarioApply {

    private final ScenarioRepository scenarios;
    private final Scenarios saved;
    private final ChangeLists lists;
    private final WhatIf whatIf;
    private final RowLocks locks;
    private final History history;
    private final Roster roster;
    private final Availabilities availabilities;
    private final Initiatives initiatives;
    private final Matrices matrices;
    private final JsonMapper json;

    ScenarioApply(ScenarioRepository scenarios, Scenarios saved, ChangeLists lists, WhatIf whatIf, RowLocks locks,
                  History history, Roster roster, Availabilities availabilities, Initiatives initiatives, Matrices matrices,
                  JsonMapper json) {
        this.scenarios = scenarios;
        this.saved = saved;
        this.lists = lists;
        this.whatIf = whatIf;
        this.locks = locks;
        this.history = history;
        this.roster = roster;
        this.availabilities = availabilities;
        this.initiatives = initiatives;
        this.matrices = matrices;
        this.json = json;
    }

    /**
     * Locks, in the order of {@link RowLocks}: the scenario, then the team when it adds people, the
     * people it names (those whose capacity or availability it sets among them), the initiatives it changes. With {@code force}, cells someone else changed
     * since the scenario's base take the scenario's letters instead of being refused.
     */
    @Transactional
    ScenarioViews.Apply apply(long teamId, long scenarioId, boolean force) {
        saved.find(teamId, scenarioId);
        Scenario s = scenarios.lock(scenarioId, teamId).orElseThrow(() -> ApiException.notFound("Scenario " + scenarioId));
        Scenarios.refuseApplied(s, "applied again");
        List<Change> changes = lists.stored(s.changes());
        Touched planned = Touched.of(evaluate(s, whatIf.team(teamId), changes).applied().effects());
        if (planned.addsPeople() && !locks.team(teamId)) {
            throw ApiException.notFound("Team " + teamId);
        }
        locks.peopleToChange(teamId, planned.people());
        locks.initiatives(teamId, planned.initiatives());
        Snapshot.Team team = whatIf.team(teamId);
        WhatIf.Evaluation evaluation = evaluate(s, team, changes);
        if (!planned.covers(Touched.of(evaluation.applied().effects()))) {
            throw ApiException.conflict("The team changed while scenario '" + s.name() + "' was applied; nothing was changed,"
                    + " try again");
        }
        if (!force && team.version() != s.baseVersion()) {
            refuseConflicts(s, team);
        }
        history.attributedTo(s.id(), s.name(), () -> {
            write(teamId, evaluation.applied().effects());
            history.record(teamId, "scenario.applied", null, null, null,
                    new AppliedScenario(s.id(), s.name(), s.baseVersion(), changes.size(), force));
            return null;
        });
        long version = locks.teamVersionNow(teamId);
        scenarios.markApplied(s.id(), saved.actor(), version);
        return new ScenarioViews.Apply(ResultView.of(evaluation.result()), version);
    }

    private WhatIf.Evaluation evaluate(Scenario s, Snapshot.Team team, List<Change> changes) {
        try {
            return whatIf.evaluateLocked(team, changes);
        } catch (InvalidChanges e) {
            throw ApiException.conflict("The team changed so that scenario '" + s.name() + "' no longer fits it; nothing was"
                    + " changed: " + e.getMessage(), ChangeLists.refusal(e).issues());
        }
    }

    /** Cells the scenario changes that someone else changed since its base: the workbook upload's rule. */
    private void refuseConflicts(Scenario s, Snapshot.Team team) {
        Map<String, Letters> now = new HashMap<>();
        Map<Long, Snapshot.Matrix> matrices = new HashMap<>();
        team.matrices().forEach(m -> {
            matrices.put(m.initiative().id(), m);
            m.cells().forEach(c -> now.put(m.initiative().id() + "/" + c.responsibility() + "/" + c.person(), c.letters()));
        });
        Map<Long, String> names = new HashMap<>();
        team.people().forEach(p -> names.put(p.id(), p.name()));
        List<Problem.Issue> issues = new ArrayList<>();
        for (BaseCell base : baseCells(s)) {
            Letters current = now.get(base.initiativeId() + "/" + base.responsibility() + "/" + base.person());
            String was = base.letters() == null ? "" : base.letters();
            String is = current == null ? "" : current.name();
            if (!was.equals(is)) {
                Snapshot.Matrix m = matrices.get(base.initiativeId());
                String where = (m == null ? "initiative " + base.initiativeId() : m.initiative().name()) + " › "
                        + base.responsibility() + " › " + names.getOrDefault(base.person(), "person " + base.person());
                issues.add(Problem.Issue.cell(where, "was " + shown(was) + " at version " + s.baseVersion()
                        + ", the scenario's base; someone else made it " + shown(is) + " since"));
            }
        }
        if (!issues.isEmpty()) {
            throw ApiException.conflict(issues.size() + " cell(s) that scenario '" + s.name() + "' changes were changed by"
                    + " someone else since it was made; nothing was changed. Apply with ?force=true to give them the"
                    + " scenario's letters anyway", issues);
        }
    }

    /** The effects in order, people the scenario adds named by the ids the roster gives them. */
    private void write(long teamId, List<Effect> effects) {
        Map<Long, Long> added = new HashMap<>();
        for (Effect effect : effects) {
            if (effect instanceof Effect.NewPerson p) {
                added.put(p.person(), roster.add(teamId, p.name(), p.email(), p.title(), p.remote(), p.capacityHours()));
            } else if (effect instanceof Effect.Capacity c) {
                roster.setCapacity(teamId, real(added, c.person()), c.capacityHours());
            } else if (effect instanceof Effect.Availability a) {
                availabilities.replace(teamId, real(added, a.person()), a.windows());
            } else if (effect instanceof Effect.Staffing s) {
                initiatives.restaff(teamId, s.initiativeId(), s.staffing().stream().map(e -> new Snapshot.Staffed(e.role(),
                        real(added, e.person()), e.communicatesVia() == null ? null : real(added, e.communicatesVia()))).toList());
            } else if (effect instanceof Effect.Row r) {
                matrices.addRow(teamId, r.initiativeId(), new RowSpec(r.row().key(), r.row().name(),
                        Category.valueOf(r.row().category()), r.row().effortHours()));
            } else if (effect instanceof Effect.Cell c && c.letters() == null) {
                matrices.clearCell(teamId, c.initiativeId(), c.responsibility(), real(added, c.person()), null);
            } else if (effect instanceof Effect.Cell c) {
                matrices.setCell(teamId, c.initiativeId(), c.responsibility(), real(added, c.person()), c.letters().name(), null);
            }
        }
    }

    private static long real(Map<Long, Long> added, long person) {
        return person < 0 ? added.get(person) : person;
    }

    private List<BaseCell> baseCells(Scenario s) {
        try {
            return json.readValue(s.baseCells(), Argument.listOf(BaseCell.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String shown(String letters) {
        return letters.isEmpty() ? "empty" : letters;
    }

    /** What the history keeps of an apply, beside the changes it made. */
    @Serdeable
    record AppliedScenario(long id, String name, long baseVersion, int changes, boolean forced) {
    }
}

package org.raciplanner.scenario;

import jakarta.inject.Singleton;
import org.raciplanner.analysis.Analysis;
import org.raciplanner.api.ApiException;
import org.raciplanner.planning.Applied;
import org.raciplanner.planning.Change;
import org.raciplanner.planning.Changes;
import org.raciplanner.planning.InvalidChanges;
import org.raciplanner.planning.Result;
import org.raciplanner.planning.TemplateRules;
import org.raciplanner.snapshot.Snapshot;
import org.raciplanner.snapshot.Snapshots;
import org.raciplanner.template.Template;
import org.raciplanner.template.TemplateCatalog;
import org.raciplanner.warnings.TeamAnalysis;
import org.raciplanner.warnings.TeamFacts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Evaluates a change list against a team: the planning core applies it in memory, and the same
 * analysis as {@code GET …/warnings} runs over the team before and after. Nothing is written.
 *
 * <p>The analysis before is kept for the last few teams, by team version: the page previews edit
 * after edit against one version of a team, and every write to a team moves its version (the
 * history's trigger), so a kept analysis is never used for a team that changed since.
 */
@Singleton
public class WhatIf {

    private static final int TEAMS_KEPT = 8;

    private final Snapshots snapshots;
    private final TeamFacts facts;
    private final TeamAnalysis analysis;
    private final Map<String, TemplateRules> templates;
    private final Map<Long, Before> before = Collections.synchronizedMap(new LinkedHashMap<>(TEAMS_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Before> eldest) {
            return size() > TEAMS_KEPT;
        }
    });

    WhatIf(Snapshots snapshots, TeamFacts facts, TeamAnalysis analysis, TemplateCatalog catalog) {
        this.snapshots = snapshots;
        this.facts = facts;
        this.analysis = analysis;
        // the catalog is read once at start-up, so its rules are too
        this.templates = catalog.all().stream().collect(Collectors.toUnmodifiableMap(Template::key, Template::rules));
    }

    /** The team as it is now; 404 when there is no such team. */
    public Snapshot.Team team(long teamId) {
        return snapshots.team(teamId).orElseThrow(() -> ApiException.notFound("Team " + teamId));
    }

    /** The changes applied to the team as it is now, and the difference they make; 422 when they do not fit it. */
    public Evaluation evaluate(long teamId, List<Change> changes) {
        return evaluate(team(teamId), changes);
    }

    public Evaluation evaluate(Snapshot.Team team, List<Change> changes) {
        try {
            return evaluateOrThrow(team, changes);
        } catch (InvalidChanges e) {
            throw ChangeLists.refusal(e);
        }
    }

    /** As {@link #evaluate}, leaving the core's refusal to the caller (a stored scenario that no longer fits). */
    Evaluation evaluateOrThrow(Snapshot.Team team, List<Change> changes) {
        return evaluate(team, changes, before(team));
    }

    /**
     * For an apply, inside its transaction: the team is read there in several statements, not as
     * one moment, so its analysis is neither taken from nor kept for other evaluations.
     */
    Evaluation evaluateLocked(Snapshot.Team team, List<Change> changes) {
        return evaluate(team, changes, analysis.report(facts.of(team)));
    }

    private Evaluation evaluate(Snapshot.Team team, List<Change> changes, Analysis.Report before) {
        Applied applied = Changes.apply(team, templates, changes);
        Analysis.Report after = analysis.report(facts.of(applied.after()));
        return new Evaluation(applied, Result.of(applied, before, after));
    }

    private Analysis.Report before(Snapshot.Team team) {
        Before known = before.get(team.id());
        if (known != null && known.version() == team.version()) {
            return known.report();
        }
        Analysis.Report report = analysis.report(facts.of(team));
        before.put(team.id(), new Before(team.version(), report));
        return report;
    }

    /** The analysis of a team at one version. */
    private record Before(long version, Analysis.Report report) {
    }

    /** A change list applied in memory, and what it changes. */
    public record Evaluation(Applied applied, Result result) {
    }
}

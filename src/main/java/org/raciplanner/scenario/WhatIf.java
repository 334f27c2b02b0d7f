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

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Evaluates a change list against a team: the planning core applies it in memory, and the same
 * analysis as {@code GET …/warnings} runs over the team before and after. Nothing is written.
 */
@Singleton
public class WhatIf {

    private final Snapshots snapshots;
    private final TeamFacts facts;
    private final TeamAnalysis analysis;
    private final Map<String, TemplateRules> templates;

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
        Applied applied = Changes.apply(team, templates, changes);
        Analysis.Report before = analysis.report(facts.of(team));
        Analysis.Report after = analysis.report(facts.of(applied.after()));
        return new Evaluation(applied, Result.of(applied, before, after));
    }

    /** A change list applied in memory, and what it changes. */
    public record Evaluation(Applied applied, Result result) {
    }
}

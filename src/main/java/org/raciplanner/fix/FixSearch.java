package org.raciplanner.fix;

import jakarta.inject.Singleton;
import org.raciplanner.analysis.Analysis;
import org.raciplanner.analysis.RoleConflict;
import org.raciplanner.analysis.Warning;
import org.raciplanner.planning.fix.Budget;
import org.raciplanner.planning.fix.Evaluator;
import org.raciplanner.planning.fix.FixPlan;
import org.raciplanner.planning.fix.Playbook;
import org.raciplanner.planning.fix.Suggestion;
import org.raciplanner.planning.fix.Suggestions;
import org.raciplanner.snapshot.Snapshot;
import org.raciplanner.template.Template;
import org.raciplanner.template.TemplateCatalog;
import org.raciplanner.warnings.TeamFacts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The search for fixes wired to the service: the templates as the search needs them, the same
 * analysis as {@code GET …/warnings} (not timed as {@code raci.analysis}: a search runs it over
 * small parts of the team hundreds of times), and the configured bounds.
 */
@Singleton
public class FixSearch {

    private final TeamFacts facts;
    private final Playbook playbook;
    private final FixProperties bounds;

    FixSearch(TeamFacts facts, TemplateCatalog catalog, FixProperties bounds) {
        this.facts = facts;
        this.playbook = playbook(catalog);
        this.bounds = bounds;
    }

    /** A fresh evaluator, for one search on one thread: it counts the search's work and keeps the facts of the matrices it saw. */
    public Evaluator evaluator() {
        return new Evaluator(playbook, facts.sharing());
    }

    public Analysis.Report analyse(Snapshot.Team team) {
        return Analysis.report(facts.of(team));
    }

    public List<Suggestion> suggestions(Snapshot.Team team, Analysis.Report report, Predicate<Warning> wanted) {
        return new Suggestions(evaluator()).suggest(team, report, wanted,
                new Budget(bounds.suggestionsScreenings(), bounds.suggestionsTime()));
    }

    public FixPlan.Plan plan(Snapshot.Team team, Analysis.Report report, FixPlan.Request request) {
        return plan(evaluator(), team, report, request);
    }

    public FixPlan.Plan plan(Evaluator evaluator, Snapshot.Team team, Analysis.Report report, FixPlan.Request request) {
        return new FixPlan(evaluator).plan(team, report, request, new Budget(bounds.planScreenings(), bounds.planTime()));
    }

    /** Each ERROR tried alone: which are clearable at all, at what cost (the benchmark reports it beside the plan's figures). */
    public List<FixPlan.Alone> alone(Snapshot.Team team, Analysis.Report report) {
        return new FixPlan(evaluator()).alone(team, report, bounds.suggestionsScreenings());
    }

    public Playbook playbook() {
        return playbook;
    }

    private static Playbook playbook(TemplateCatalog catalog) {
        Map<String, org.raciplanner.planning.TemplateRules> rules = new HashMap<>();
        Map<String, String> communication = new HashMap<>();
        Set<String> groups = new HashSet<>();
        Map<Set<String>, RoleConflict> conflicts = new java.util.LinkedHashMap<>();
        for (Template t : catalog.all()) {
            rules.put(t.key(), t.rules());
            communication.put(t.key(), t.communication().responsibility());
            t.roles().stream().filter(Template.Role::group).forEach(r -> groups.add(r.key()));
            t.conflicts().forEach(c -> conflicts.putIfAbsent(Set.copyOf(c.roles()),
                    new RoleConflict(c.roles().get(0), c.roles().get(1), c.reason())));
        }
        return new Playbook(rules, List.copyOf(conflicts.values()), groups, communication);
    }
}

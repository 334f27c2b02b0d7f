package org.raciplanner.fix;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.raciplanner.analysis.Analysis;
import org.raciplanner.analysis.Warning;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.Problem;
import org.raciplanner.planning.fix.FixPlan;
import org.raciplanner.scenario.ScenarioViews;
import org.raciplanner.scenario.Scenarios;
import org.raciplanner.scenario.WhatIf;
import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Suggestions and fix plans for a team as it is now: the filters and the plan's request checked
 * against the team (each unknown value named, with the values there are), the search run, and a
 * fix plan saved as a scenario like any other.
 */
@Singleton
class Fixes {

    /** How many valid values a refusal lists before it says how many more there are. */
    static final int LISTED = 20;

    private final WhatIf whatIf;
    private final FixSearch search;
    private final Scenarios scenarios;

    Fixes(WhatIf whatIf, FixSearch search, Scenarios scenarios) {
        this.whatIf = whatIf;
        this.search = search;
        this.scenarios = scenarios;
    }

    List<SuggestionView> suggestions(long teamId, @Nullable String code, @Nullable Long personId, @Nullable Long initiativeId) {
        Snapshot.Team team = whatIf.team(teamId);
        String wanted = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        List<Problem.Issue> issues = new ArrayList<>();
        if (wanted != null && !Analysis.codes().contains(wanted)) {
            issues.add(Problem.Issue.field("code", "'" + code + "' is not a warning code; use one of " + String.join(", ", Analysis.codes())));
        }
        checkPerson(team, personId, "personId", issues);
        if (initiativeId != null && team.matrices().stream().noneMatch(m -> m.initiative().id() == initiativeId)) {
            issues.add(Problem.Issue.field("initiativeId", initiativeId + " is not an initiative of this team; use one of "
                    + listed(team.matrices(), m -> m.initiative().id() + " (" + m.initiative().name() + ")")));
        }
        refuse("The filters name what this team does not have", issues);
        Predicate<Warning> filter = w -> (wanted == null || w.code().equals(wanted))
                && (personId == null || personId.equals(w.personId()))
                && (initiativeId == null || initiativeId.equals(w.initiativeId()));
        return search.suggestions(team, search.analyse(team), filter).stream().map(SuggestionView::of).toList();
    }

    ScenarioViews.Scenario plan(long teamId, @Nullable FixRequests.Plan request) {
        Snapshot.Team team = whatIf.team(teamId);
        List<String> codes = request == null || request.codes() == null ? List.of() : request.codes();
        List<Long> protect = request == null || request.protect() == null ? List.of() : request.protect();
        List<Problem.Issue> issues = new ArrayList<>();
        Set<String> known = new HashSet<>(Analysis.codes());
        for (int i = 0; i < codes.size(); i++) {
            if (!known.contains(codes.get(i))) {
                issues.add(Problem.Issue.field("codes[" + i + "]", "'" + codes.get(i) + "' is not a warning code; use one of "
                        + String.join(", ", Analysis.codes())));
            }
        }
        for (int i = 0; i < protect.size(); i++) {
            checkPerson(team, protect.get(i), "protect[" + i + "]", issues);
        }
        refuse("The fix plan's request names what this team does not have", issues);
        int maxChanges = request == null || request.maxChanges() == null ? FixRequests.DEFAULT_MAX_CHANGES : request.maxChanges();
        FixPlan.Plan plan = search.plan(team, search.analyse(team), new FixPlan.Request(Set.copyOf(codes), maxChanges,
                Set.copyOf(protect)));
        return scenarios.create(team, name(plan), plan.changes());
    }

    /**
     * "Fix plan: 2 of 2 errors, 5 of 9 warnings, 14 changes": what it does, the same for the same
     * team; "warnings 415 → 435" when errors eased to warnings leave more than there were.
     */
    static String name(FixPlan.Plan plan) {
        FixPlan.Quality q = plan.quality();
        String warnings = q.warningsAfter() <= q.warningsBefore()
                ? (q.warningsBefore() - q.warningsAfter()) + " of " + q.warningsBefore() + " warnings"
                : "warnings " + q.warningsBefore() + " → " + q.warningsAfter();
        return "Fix plan: " + (q.errorsBefore() - q.errorsAfter()) + " of " + q.errorsBefore() + " errors, " + warnings + ", "
                + plan.changes().size() + (plan.changes().size() == 1 ? " change" : " changes");
    }

    private static void checkPerson(Snapshot.Team team, @Nullable Long person, String field, List<Problem.Issue> issues) {
        if (person != null && team.people().stream().noneMatch(p -> p.id() == person)) {
            issues.add(Problem.Issue.field(field, person + " is not a person of this team; use one of "
                    + listed(team.people(), p -> p.id() + " (" + p.name() + ")")));
        }
    }

    private static <T> String listed(List<T> values, Function<T, String> shown) {
        String listed = String.join(", ", values.stream().limit(LISTED).map(shown).toList());
        return values.size() > LISTED ? listed + " … (" + values.size() + " in all)" : listed;
    }

    private static void refuse(String detail, List<Problem.Issue> issues) {
        if (!issues.isEmpty()) {
            throw ApiException.badRequest(detail, issues);
        }
    }
}

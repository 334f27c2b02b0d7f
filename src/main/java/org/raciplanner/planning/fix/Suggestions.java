package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Analysis;
import org.raciplanner.analysis.Warning;
import org.raciplanner.planning.Result;
import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Suggestions (planning.md): for each warning a filter keeps, up to {@value #PER_WARNING} ways to
 * clear it, ranked by the rules, each with its result over the whole team: screened on the
 * part of the team it can reach, which finds every finding, load and cell that moves, and counted
 * over the whole team's findings ({@link Trial#overWhole}).
 */
public final class Suggestions {

    public static final int PER_WARNING = 3;
    /** How many takers a generator tries for one move: two, so the suggestions differ in who takes the work. */
    static final int BREADTH = 2;

    private final Evaluator evaluator;

    public Suggestions(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** Every warning code a change can clear, and so gets suggestions. */
    public static List<String> codes() {
        return Generators.codes();
    }

    /** {@code report} is the analysis of {@code team}; warnings in its order, each with its suggestions best first. */
    public List<Suggestion> suggest(Snapshot.Team team, Analysis.Report report, Predicate<Warning> wanted, Budget budget) {
        State state = State.of(team, report);
        Search search = new Search(evaluator, budget, state, Set.of(), BREADTH);
        List<Suggestion> out = new ArrayList<>();
        for (Warning w : report.warnings()) {
            Generator generator = Generators.of(w.code());
            if (!wanted.test(w) || generator == null || search.exhausted()) {
                continue;
            }
            List<Ranking.Tried> tried = new ArrayList<>();
            List<Candidate> candidates = generator.propose(w, search);
            for (int i = 0; i < candidates.size(); i++) {
                tried.add(new Ranking.Tried(candidates.get(i), search.screen(candidates.get(i).changes()), i));
            }
            for (Ranking.Tried best : Ranking.rank(w, tried).stream().limit(PER_WARNING).toList()) {
                Result result = best.trial().overWhole(report);
                out.add(new Suggestion(w, Titles.of(w, best.candidate(), result, state.view()), best.candidate().changes(), result));
            }
        }
        return out;
    }
}

package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Analysis;
import org.raciplanner.analysis.Severity;
import org.raciplanner.analysis.Warning;
import org.raciplanner.planning.Change;
import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The fix plan (planning.md): one change list for the whole team that clears as many ERRORs as it
 * can, then WARNINGs, within a number of changes, loading nobody it must protect and introducing no
 * ERROR. A greedy search: warning by warning in the analysis' order, ERRORs first (an overload
 * only down to a WARNING), the first candidate that clears the warning cleanly or else the one that
 * gains most is taken, and the search goes on from the team it leaves; a second round picks up what
 * the first made possible.
 */
public final class FixPlan {

    public static final int MAX_CHANGES = 500;
    private static final int ROUNDS = 2;

    private final Evaluator evaluator;

    public FixPlan(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** {@code codes} empty: every code; {@code protect}: people no change may give more work. */
    public record Request(Set<String> codes, int maxChanges, Set<Long> protect) {
        public Request {
            codes = Set.copyOf(codes);
            protect = Set.copyOf(protect);
            if (maxChanges < 1 || maxChanges > MAX_CHANGES) {
                throw new IllegalArgumentException("maxChanges must be from 1 to " + MAX_CHANGES + ", not " + maxChanges);
            }
        }

        boolean targets(Warning w) {
            return codes.isEmpty() || codes.contains(w.code());
        }
    }

    /** The changes, a line in words for each step, and how far they get. */
    public record Plan(List<Change> changes, List<String> steps, Quality quality) {
        public Plan {
            changes = List.copyOf(changes);
            steps = List.copyOf(steps);
        }
    }

    /**
     * Counts over the whole team before and after the plan, the work the search did, whether its
     * time ran out before its screenings (then another run may go further), and each targeted ERROR
     * left with why.
     */
    public record Quality(int errorsBefore, int errorsAfter, int warningsBefore, int warningsAfter, int screenings,
                          boolean outOfTime, List<Unmet> uncleared) {
        public Quality {
            uncleared = List.copyOf(uncleared);
        }
    }

    public record Unmet(Warning warning, Reason reason) {
    }

    public Plan plan(Snapshot.Team team, Analysis.Report report, Request request, Budget budget) {
        long started = System.nanoTime();
        State state = State.of(team, report);
        Search search = new Search(evaluator, budget, state, request.protect(), 1);
        int screenedBefore = evaluator.screened();
        List<Change> changes = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        Map<String, Reason> why = new HashMap<>();
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING)) {
            search = search.easing(severity == Severity.ERROR);
            for (int round = 0; round < ROUNDS; round++) {
                boolean progress = false;
                for (Warning target : List.copyOf(state.warnings())) {
                    Warning now = state.warning(target.id());
                    if (search.exhausted()) {
                        break;
                    }
                    if (now == null || now.severity() != severity || !request.targets(now)) {
                        continue;
                    }
                    Ranking.Tried best = best(now, search, request, request.maxChanges() - changes.size(), why);
                    if (best != null) {
                        steps.add(Titles.of(now, best.candidate(), best.trial().result(), state.view()));
                        changes.addAll(best.candidate().changes());
                        state = state.after(best.trial());
                        search = search.at(state);
                        progress = true;
                    }
                }
                if (!progress) {
                    break;
                }
            }
        }
        boolean outOfTime = System.nanoTime() - started > budget.time().toNanos();
        List<Unmet> uncleared = new ArrayList<>();
        for (Warning w : report.warnings()) {
            Warning left = state.warning(w.id());
            if (w.severity() == Severity.ERROR && request.targets(w) && left != null && left.severity() == Severity.ERROR) {
                uncleared.add(new Unmet(w, why.getOrDefault(w.id(), Reason.NOT_REACHED)));
            }
        }
        Quality quality = new Quality(count(report.warnings(), Severity.ERROR), count(state.warnings(), Severity.ERROR),
                count(report.warnings(), Severity.WARNING), count(state.warnings(), Severity.WARNING),
                evaluator.screened() - screenedBefore, outOfTime, uncleared);
        return new Plan(changes, steps, quality);
    }

    /**
     * The first candidate for the warning that clears it and introduces nothing, else the one that
     * gains most (fewer ERRORs, then fewer WARNINGs, of the codes asked for), keeping the rules; null
     * when none gains, with the reason noted.
     */
    private Ranking.Tried best(Warning target, Search search, Request request, int room, Map<String, Reason> why) {
        Generator generator = Generators.of(target.code());
        List<Candidate> candidates = generator == null ? List.of() : generator.propose(target, search);
        Reason reason = candidates.isEmpty() ? Reason.NO_CANDIDATE : null;
        Predicate<Warning> counted = request::targets;
        List<Ranking.Tried> gaining = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Trial t = c.changes().size() > room ? null : search.screen(c.changes());
            Reason failed = c.changes().size() > room ? Reason.TOO_MANY_CHANGES : t == null ? Reason.NOT_REACHED
                    : t.newErrors() > 0 ? Reason.INTRODUCES_ERROR : loadsProtected(t, search) ? Reason.LOADS_PROTECTED
                    : gain(t, counted) >= 0 ? Reason.NO_GAIN : null;
            if (failed == null && t.resolves(target) && t.result().warnings().introduced().isEmpty()) {
                return new Ranking.Tried(c, t, i);
            }
            if (failed == null) {
                gaining.add(new Ranking.Tried(c, t, i));
            } else if (reason == null || failed.ordinal() < reason.ordinal()) {
                reason = failed;
            }
        }
        if (gaining.isEmpty()) {
            why.put(target.id(), reason);
            return null;
        }
        gaining.sort(Comparator.comparingLong((Ranking.Tried t) -> gain(t.trial(), counted))
                .thenComparingInt(t -> Ranking.overloads(t.trial()))
                .thenComparingInt(t -> t.candidate().changes().size())
                .thenComparingInt(Ranking.Tried::order));
        return gaining.get(0);
    }

    /** ERRORs weigh more than any number of WARNINGs: negative is a gain. */
    private static long gain(Trial t, Predicate<Warning> counted) {
        return t.delta(Severity.ERROR, counted) * 1_000_000L + t.delta(Severity.WARNING, counted);
    }

    private static boolean loadsProtected(Trial t, Search search) {
        return t.result().workload().stream().anyMatch(l -> search.isProtected(l.person())
                && l.after().loadHours() > (l.before() == null ? 0 : l.before().loadHours()));
    }

    private static int count(java.util.Collection<Warning> warnings, Severity severity) {
        return (int) warnings.stream().filter(w -> w.severity() == severity).count();
    }

    /** Why an ERROR is left, the most telling first: the order in which one candidate's failure overrides another's. */
    public enum Reason {
        /** No generator knows a change that could clear it (such as a row nobody on the team can take). */
        NO_CANDIDATE,
        /** Every way found to clear it introduces another ERROR. */
        INTRODUCES_ERROR,
        /** Every way found gives work to someone the plan protects. */
        LOADS_PROTECTED,
        /** The ways found need more changes than the plan had left. */
        TOO_MANY_CHANGES,
        /** The ways found clear it only by adding as many findings elsewhere. */
        NO_GAIN,
        /** The search's time or screenings ran out before it. */
        NOT_REACHED
    }
}

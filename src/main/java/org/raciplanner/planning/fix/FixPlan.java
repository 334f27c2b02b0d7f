package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Analysis;
import org.raciplanner.analysis.Severity;
import org.raciplanner.analysis.Warning;
import org.raciplanner.planning.Change;
import org.raciplanner.snapshot.Snapshot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The fix plan (planning.md): one change list for the whole team that clears as many ERRORs as it
 * can, then WARNINGs, within a number of changes, loading nobody it must protect and introducing no
 * ERROR. A greedy search: warning by warning, ERRORs first (an overload only down to a WARNING),
 * the cheapest to fix first (by its figures, and by the fix found once one is), the first candidate
 * that clears the warning cleanly or else the one that gains most is taken, and the search goes on
 * from the team it leaves; a second round picks up what the first made possible.
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
        Reason unreached = Reason.NOT_REACHED;
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING)) {
            search = search.easing(severity == Severity.ERROR);
            for (int round = 0; round < ROUNDS; round++) {
                boolean progress = false;
                CheapestFirst<Warning> queue = new CheapestFirst<>();
                for (Warning w : Costs.cheapestFirst(state.warnings(), team.limits())) {
                    queue.add(w, Costs.of(w, team.limits()));
                }
                while (!queue.isEmpty()) {
                    int room = request.maxChanges() - changes.size();
                    unreached = room == 0 ? Reason.TOO_MANY_CHANGES : unreached;
                    if (room == 0 || search.exhausted()) {
                        break;
                    }
                    Warning now = state.warning(queue.next().id());
                    if (now == null || now.severity() != severity || !request.targets(now)) {
                        continue;
                    }
                    Ranking.Tried best = best(now, search.within(room), request, why);
                    if (best == null || queue.defer(perFinding(best.trial(), best.candidate(), severity, request))) {
                        continue;
                    }
                    steps.add(Titles.of(now, best.candidate(), best.trial().result(), state.view()));
                    changes.addAll(best.candidate().changes());
                    state = state.after(best.trial()).settled();
                    search = search.at(state);
                    queue.changed();
                    progress = true;
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
                uncleared.add(new Unmet(w, why.getOrDefault(w.id(), unreached)));
            }
        }
        Quality quality = new Quality(count(report.warnings(), Severity.ERROR), count(state.warnings(), Severity.ERROR),
                count(report.warnings(), Severity.WARNING), count(state.warnings(), Severity.WARNING),
                evaluator.screened() - screenedBefore, outOfTime, uncleared);
        return new Plan(changes, steps, quality);
    }

    /** An ERROR tried alone: the changes of the first fix found that clears it introducing no ERROR (0: none), and why not. */
    public record Alone(Warning warning, int changes, Reason reason) {
    }

    /**
     * Each ERROR tried alone on the team as it is, with as many changes as a plan may have, nobody
     * protected and {@code screenings} each: which are clearable at all, at what cost, and why the
     * others are not. What a plan can reach, whatever order it takes them in.
     */
    public List<Alone> alone(Snapshot.Team team, Analysis.Report report, int screenings) {
        State state = State.of(team, report);
        List<Alone> out = new ArrayList<>();
        for (Warning w : report.warnings()) {
            Generator generator = Generators.of(w.code());
            if (w.severity() != Severity.ERROR) {
                continue;
            }
            Search search = new Search(evaluator, new Budget(evaluator.screened() + screenings, Duration.ofMinutes(1)), state,
                    Set.of(), Suggestions.BREADTH).easing(true).within(MAX_CHANGES);
            Reason reason = null;
            int cost = 0;
            for (Supplier<Candidate> recipe : generator == null ? List.<Supplier<Candidate>>of() : generator.recipes(w, search)) {
                Candidate c = recipe.get();
                Trial t = c == null ? null : search.screen(c.changes());
                if (t != null && t.newErrors() == 0 && t.eases(w)) {
                    cost = c.changes().size();
                    break;
                }
                Reason failed = c == null ? null : t == null ? Reason.NOT_REACHED : t.newErrors() > 0 ? Reason.INTRODUCES_ERROR
                        : Reason.NO_GAIN;
                reason = failed != null && (reason == null || failed.ordinal() < reason.ordinal()) ? failed : reason;
            }
            out.add(new Alone(w, cost, cost > 0 ? null : reason == null ? Reason.NO_CANDIDATE : reason));
        }
        return out;
    }

    /**
     * The first candidate for the warning that clears it and introduces nothing worse than an INFO,
     * else the one that gains most (fewer ERRORs, then fewer WARNINGs, of the codes asked for),
     * keeping the rules; null when none gains, with the reason noted. Candidates are made one at a
     * time, as they are tried.
     */
    private Ranking.Tried best(Warning target, Search search, Request request, Map<String, Reason> why) {
        Generator generator = Generators.of(target.code());
        Reason reason = null;
        Predicate<Warning> counted = request::targets;
        List<Ranking.Tried> gaining = new ArrayList<>();
        Set<List<Change>> seen = new HashSet<>();
        for (Supplier<Candidate> recipe : generator == null ? List.<Supplier<Candidate>>of() : generator.recipes(target, search)) {
            Candidate c = recipe.get();
            if (c == null || !seen.add(c.changes())) {
                continue;
            }
            Trial t = c.changes().size() > search.room() ? null : search.screen(c.changes());
            Reason failed = c.changes().size() > search.room() ? Reason.TOO_MANY_CHANGES : t == null ? Reason.NOT_REACHED
                    : t.newErrors() > 0 ? Reason.INTRODUCES_ERROR : loadsProtected(t, search) ? Reason.LOADS_PROTECTED
                    : gain(t, counted) >= 0 ? Reason.NO_GAIN : null;
            if (failed == null && t.resolves(target) && t.introducedAtLeast(Severity.WARNING) == 0) {
                return new Ranking.Tried(c, t, seen.size());
            }
            if (failed == null) {
                gaining.add(new Ranking.Tried(c, t, seen.size()));
            } else if (reason == null || failed.ordinal() < reason.ordinal()) {
                reason = failed;
            }
        }
        if (gaining.isEmpty()) {
            boolean cramped = search.room() < Costs.of(target, search.limits());
            why.put(target.id(), reason != null ? reason : cramped ? Reason.TOO_MANY_CHANGES : Reason.NO_CANDIDATE);
            return null;
        }
        gaining.sort(Comparator.comparingLong((Ranking.Tried t) -> gain(t.trial(), counted))
                .thenComparingInt(t -> Ranking.overloads(t.trial()))
                .thenComparingInt(t -> t.candidate().changes().size())
                .thenComparingInt(Ranking.Tried::order));
        return gaining.get(0);
    }

    /**
     * What the fix costs: its changes per finding of the severity it clears; one that clears none of
     * them (it only eases milder findings) waits behind every fix that does.
     */
    private static double perFinding(Trial t, Candidate c, Severity severity, Request request) {
        int cleared = -t.delta(severity, request::targets);
        return cleared > 0 ? (double) c.changes().size() / cleared : MAX_CHANGES + c.changes().size();
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
        /** The ways found need more changes than the plan had left, or it had none left when it came to it. */
        TOO_MANY_CHANGES,
        /** The ways found clear it only by adding as many findings elsewhere. */
        NO_GAIN,
        /** The search's time or screenings ran out before it. */
        NOT_REACHED
    }
}

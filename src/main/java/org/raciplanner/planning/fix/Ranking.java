package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Severity;
import org.raciplanner.analysis.Warning;
import org.raciplanner.planning.Result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules for a suggestion, as a filter and an order. A suggestion eases its warning,
 * never introduces an ERROR and never pairs roles the templates mark as conflicting; it never pushes
 * anyone over the team's warning share of capacity when another candidate does without. Then, best
 * first: clears the warning, overloads nobody, introduces nothing, takers already on the initiative,
 * takers whose role fits, fewest changes, most other findings resolved on the way.
 */
final class Ranking {

    static final String OVERLOAD = "CAPACITY_OVERLOAD";

    private Ranking() {
    }

    /** A candidate and how it went. */
    record Tried(Candidate candidate, Trial trial, int order) {
    }

    /** The candidates that keep the rules, best first. */
    static List<Tried> rank(Warning target, List<Tried> tried) {
        List<Tried> kept = new ArrayList<>(tried.stream().filter(t -> admissible(target, t.trial())).toList());
        if (kept.stream().anyMatch(t -> overloads(t.trial()) == 0)) {
            kept.removeIf(t -> overloads(t.trial()) > 0);
        }
        kept.sort(order(target));
        return kept;
    }

    static boolean admissible(Warning target, Trial trial) {
        return trial != null && trial.eases(target) && trial.newErrors() == 0 && trial.introduced("ROLE_CONFLICT") == 0;
    }

    /**
     * How many people the changes make busier and leave over the team's warning share of their
     * capacity: as the analysis judges it, those with a CAPACITY_OVERLOAD after.
     */
    static int overloads(Trial trial) {
        java.util.Set<Long> over = new java.util.HashSet<>();
        trial.result().warnings().introduced().stream().filter(w -> w.code().equals(OVERLOAD)).forEach(w -> over.add(w.personId()));
        trial.result().warnings().changed().stream().map(Result.Changed::after).filter(w -> w.code().equals(OVERLOAD))
                .forEach(w -> over.add(w.personId()));
        int n = 0;
        for (Result.LoadChange l : trial.result().workload()) {
            double before = l.before() == null ? 0 : l.before().loadHours();
            if (l.after().loadHours() > before && over.contains(l.person())) {
                n++;
            }
        }
        return n;
    }

    private static Comparator<Tried> order(Warning target) {
        return Comparator.comparingInt((Tried t) -> t.trial().resolves(target) ? 0 : 1)
                .thenComparingInt(t -> overloads(t.trial()))
                .thenComparingInt(t -> introduced(t.trial(), Severity.WARNING))
                .thenComparingInt(t -> introduced(t.trial(), Severity.INFO))
                .thenComparingInt(t -> t.candidate().strangers())
                .thenComparingInt(t -> t.candidate().misfits())
                .thenComparingInt(t -> t.candidate().changes().size())
                .thenComparingInt(t -> -t.trial().result().warnings().resolved().size())
                .thenComparingInt(Tried::order);
    }

    private static int introduced(Trial trial, Severity severity) {
        return (int) trial.result().warnings().introduced().stream().filter(w -> w.severity() == severity).count();
    }
}

package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Letters;
import org.raciplanner.analysis.Warning;
import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** Too many people on one row: the surplus steps down a letter, those the template did not put there first. */
final class CrowdFixes {

    private CrowdFixes() {
    }

    /** TOO_MANY_CONSULTED: the surplus C become I (informed afterwards). */
    static final class TooManyConsulted implements Generator {
        @Override
        public String code() {
            return "TOO_MANY_CONSULTED";
        }

        @Override
        public List<Candidate> propose(Warning w, Search s) {
            return stepDown(w, s, letters -> letters == Letters.C, "informed instead of consulted");
        }
    }

    /** TOO_MANY_RESPONSIBLE: the surplus R become C. */
    static final class TooManyResponsible implements Generator {
        @Override
        public String code() {
            return "TOO_MANY_RESPONSIBLE";
        }

        @Override
        public List<Candidate> propose(Warning w, Search s) {
            return stepDown(w, s, Letters::responsible, "no longer responsible");
        }
    }

    /**
     * The surplus (the warning's count less its limit) steps down: C to I, R to C, and RA to A (the
     * owner stops doing the work), plain R before RA. Two orders of who: those whose letter the
     * template did not give first (a hand-set extra), then the busiest; and simply the busiest.
     */
    private static List<Candidate> stepDown(Warning w, Search s, Predicate<Letters> which, String words) {
        Snapshot.Matrix m = Generator.matrix(s, w);
        String row = w.responsibility();
        List<Long> holders = new ArrayList<>(Generator.holders(m, row, which));
        int surplus = Math.min(Generator.number(w, "count") - Generator.number(w, "limit"), holders.size());
        if (surplus <= 0) {
            return List.of();
        }
        List<String> roles = s.playbook().rolesGiving(m.initiative(), row, which);
        Comparator<Long> owners = Comparator.comparingInt((Long p) -> s.view().letters(m, row, p) == Letters.RA ? 1 : 0);
        Comparator<Long> busiest = Comparator.comparingDouble((Long p) -> -s.state().load(p)).thenComparingLong(p -> p);
        List<Long> extrasFirst = new ArrayList<>(holders);
        extrasFirst.sort(owners.thenComparingInt((Long p) -> Takers.fits(m, p, roles) ? 1 : 0).thenComparing(busiest));
        List<Long> busiestFirst = new ArrayList<>(holders);
        busiestFirst.sort(owners.thenComparing(busiest));
        List<Candidate> out = new ArrayList<>();
        for (List<Long> order : List.of(extrasFirst, busiestFirst)) {
            Candidate c = null;
            for (long p : order.subList(0, surplus)) {
                Letters now = s.view().letters(m, row, p);
                Letters then = now == Letters.C ? Letters.I : now == Letters.RA ? Letters.A : Letters.C;
                Candidate step = Moves.set(s, m, row, p, then, s.view().name(p) + " is " + words + " on " + Moves.row(m, row)
                        + " (" + then + ")");
                c = c == null ? step : c.then(step);
            }
            out.add(c);
        }
        return Generator.distinct(out);
    }

    /** UNSTAFFED_ROLE: someone takes the role, best someone already on the initiative. */
    static final class UnstaffedRole implements Generator {
        @Override
        public String code() {
            return "UNSTAFFED_ROLE";
        }

        @Override
        public List<Candidate> propose(Warning w, Search s) {
            Snapshot.Matrix m = Generator.matrix(s, w);
            String role = String.valueOf(w.figures().get("role"));
            return Takers.forRole(s, m, role, 0, 0, 3).stream().map(t -> Moves.staff(s, m, role, t)).toList();
        }
    }
}

package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Letters;
import org.raciplanner.analysis.Warning;
import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/** One person owns too much, or holds too much of one initiative: roles, or single rows, go to others. */
final class ShareFixes {

    private static final int MAX_STEPS = 4;

    private ShareFixes() {
    }

    /** ACCOUNTABILITY_OVERLOAD: whole roles go, the one giving the most A first; or the A goes to whoever does the work. */
    static final class Ownership implements Generator {
        @Override
        public String code() {
            return "ACCOUNTABILITY_OVERLOAD";
        }

        @Override
        public List<Candidate> propose(Warning w, Search s) {
            return Generator.made(recipes(w, s));
        }

        @Override
        public List<Supplier<Candidate>> recipes(Warning w, Search s) {
            List<Supplier<Candidate>> out = new ArrayList<>();
            for (int choice = 0; choice < s.breadth(); choice++) {
                int skip = choice;
                out.add(() -> Stepwise.until(s, w, MAX_STEPS, (at, now) -> roles(at, now.personId(), null, skip)));
            }
            out.add(() -> Stepwise.until(s, w, s.limits().maxAccountable() + 1, (at, now) -> toTheDoer(at, now.personId())));
            return out;
        }

        /** The A of a row the person owns but someone else does: the doer owns it (RA), the person is consulted. */
        private static List<Candidate> toTheDoer(Search s, long person) {
            for (long initiative : s.view().initiativesOf(person)) {
                Snapshot.Matrix m = s.view().matrix(initiative);
                for (Snapshot.Row row : m.rows()) {
                    if (s.view().letters(m, row.key(), person) == Letters.A) {
                        List<Long> doers = Generator.holders(m, row.key(), l -> l == Letters.R);
                        if (!doers.isEmpty() && !s.isProtected(doers.get(0))) {
                            TeamView v = s.view();
                            long doer = doers.get(0);
                            return List.of(Moves.set(s, m, row.key(), person, Letters.C, v.name(person) + " is consulted on "
                                    + Moves.row(m, row.key())).then(Moves.add(s, m, row.key(), doer, Letters.A)));
                        }
                    }
                }
            }
            return List.of();
        }
    }

    /** SINGLE_POINT_OF_FAILURE: a role of the person's on the initiative goes; or enough of their rows do. */
    static final class Spread implements Generator {
        @Override
        public String code() {
            return "SINGLE_POINT_OF_FAILURE";
        }

        @Override
        public List<Candidate> propose(Warning w, Search s) {
            return Generator.made(recipes(w, s));
        }

        @Override
        public List<Supplier<Candidate>> recipes(Warning w, Search s) {
            List<Supplier<Candidate>> out = new ArrayList<>();
            for (int choice = 0; choice < s.breadth(); choice++) {
                int skip = choice;
                out.add(() -> Stepwise.until(s, w, MAX_STEPS, (at, now) -> roles(at, now.personId(), now.initiativeId(), skip)));
            }
            int surplus = Generator.number(w, "count") - Generator.number(w, "responsibilityCount")
                    * Generator.number(w, "limitPercent") / 100;
            out.add(() -> Stepwise.until(s, w, surplus, (at, now) -> rows(at, now.personId(), now.initiativeId())));
            return out;
        }

        /** One R or A row of the person's goes whole, to someone whose role the template gives it where there is one. */
        private static List<Candidate> rows(Search s, long person, long initiative) {
            Snapshot.Matrix m = s.view().matrix(initiative);
            List<String> held = new ArrayList<>();
            for (Snapshot.Row row : m.rows()) {
                Letters l = s.view().letters(m, row.key(), person);
                if (l != null && (l.responsible() || l.accountable())) {
                    held.add(row.key());
                }
            }
            held.sort(Comparator.comparingInt(row -> fitted(s, m, row, person) ? 0 : 1));
            for (String row : held) {
                List<Long> takers = Takers.forRow(s, m, row, person, Letters::responsible, 0, 1);
                if (!takers.isEmpty()) {
                    return List.of(Moves.move(s, m, row, person, takers.get(0)));
                }
            }
            return List.of();
        }

        private static boolean fitted(Search s, Snapshot.Matrix m, String row, long person) {
            List<String> roles = s.playbook().rolesGiving(m.initiative(), row, Letters::responsible);
            return m.staffing().stream().anyMatch(st -> st.person() != person && roles.contains(st.role()));
        }
    }

    /**
     * Moves handing one of the person's roles (on the initiative, or anywhere when it is null) to
     * the best takers after the first {@code skip}; the role that gives the most A or R first.
     */
    static List<Candidate> roles(Search s, long person, Long initiative, int skip) {
        record Held(Snapshot.Matrix m, String role, long weight) {
        }
        List<Held> held = new ArrayList<>();
        s.view().rolesOf(person).forEach((role, on) -> {
            if (!s.playbook().groupRoles().contains(role)) {
                for (long i : on) {
                    Snapshot.Matrix m = s.view().matrix(i);
                    if (initiative == null || initiative == i) {
                        long weight = s.playbook().lettersOf(m.initiative(), role).values().stream()
                                .filter(l -> l.accountable() || l.responsible()).count();
                        held.add(new Held(m, role, weight));
                    }
                }
            }
        });
        held.sort(Comparator.comparingLong((Held h) -> -h.weight()).thenComparingLong(h -> h.m().initiative().id())
                .thenComparing(Held::role));
        for (Held h : held) {
            List<Long> takers = Takers.forRole(s, h.m(), h.role(), person, 0, skip + 2);
            if (takers.size() > skip) {
                return takers.subList(skip, takers.size()).stream().map(t -> Moves.handRole(s, h.m(), h.role(), person, t)).toList();
            }
        }
        return List.of();
    }
}

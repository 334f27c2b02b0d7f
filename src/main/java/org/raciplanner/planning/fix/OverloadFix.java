package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Letters;
import org.raciplanner.analysis.Warning;
import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * CAPACITY_OVERLOAD: the biggest items of the person's load (the warning's breakdown, in hours)
 * go to others one at a time until the load is under the team's share: whole roles (the template's
 * letters follow), or the work of single rows (the person stays accountable where they were).
 */
final class OverloadFix implements Generator {

    static final int MAX_STEPS = 6;
    /** A plan clearing an ERROR goes as far as its changes let it: the worst overloads take many moves. */
    private static final int PLAN_STEPS = 24;
    private static final int TAKERS = 3;

    @Override
    public String code() {
        return "CAPACITY_OVERLOAD";
    }

    @Override
    public List<Candidate> propose(Warning w, Search s) {
        return Generator.made(recipes(w, s));
    }

    @Override
    public List<Supplier<Candidate>> recipes(Warning w, Search s) {
        List<Supplier<Candidate>> out = new ArrayList<>();
        for (boolean roles : new boolean[] {true, false}) {
            for (int choice = 0; choice < s.breadth(); choice++) {
                int skip = choice;
                out.add(() -> Stepwise.until(s, w, s.easing() ? PLAN_STEPS : MAX_STEPS, (at, now) -> next(at, now, roles, skip)));
            }
        }
        return out;
    }

    /**
     * Moves for the biggest item of the breakdown that can be handed over, best first: its role,
     * when a role gives it and {@code roles} says so, then its row; each to the best takers after
     * the first {@code skip}.
     */
    private static List<Candidate> next(Search s, Warning now, boolean roles, int skip) {
        long person = now.personId();
        for (Object entry : Generator.list(now, "breakdown")) {
            Map<?, ?> item = (Map<?, ?>) entry;
            Snapshot.Matrix m = s.view().matrix(((Number) item.get("initiativeId")).longValue());
            String row = String.valueOf(item.get("responsibility"));
            Letters letters = m == null ? null : s.view().letters(m, row, person);
            if (letters == null || !(letters.responsible() || letters.accountable())) {
                continue;
            }
            double hours = ((Number) item.get("hours")).doubleValue();
            List<Candidate> moves = new ArrayList<>();
            String role = roles ? roleGiving(s, m, row, person, letters) : null;
            if (role != null) {
                roomy(s, Takers.forRole(s, m, role, person, hours, TAKERS + skip), hours, skip)
                        .forEach(t -> moves.add(Moves.handRole(s, m, role, person, t)));
            }
            boolean work = letters.responsible();
            roomy(s, Takers.forRow(s, m, row, person, work ? Letters::responsible : Letters::accountable, hours, TAKERS + skip),
                    hours, skip).forEach(t -> moves.add(work ? Moves.handWork(s, m, row, person, t)
                    : Moves.handOwnership(s, m, row, person, t)));
            if (!moves.isEmpty()) {
                return moves;
            }
        }
        return List.of();
    }

    /** The person's role on the initiative that the template gives these letters on the row; null for a hand-set cell. */
    static String roleGiving(Search s, Snapshot.Matrix m, String row, long person, Letters letters) {
        for (Snapshot.Staffed st : m.staffing()) {
            if (st.person() == person && !s.playbook().groupRoles().contains(st.role())) {
                Letters given = s.playbook().lettersOf(m.initiative(), st.role()).get(row);
                if (given != null && (given.responsible() && letters.responsible() || given.accountable() && letters.accountable())) {
                    return st.role();
                }
            }
        }
        return null;
    }

    /** The takers after the first {@code skip}, those with room for the hours first. */
    private static List<Long> roomy(Search s, List<Long> takers, double hours, int skip) {
        List<Long> rest = takers.subList(Math.min(skip, takers.size()), takers.size());
        List<Long> ordered = new ArrayList<>(rest.stream().filter(t -> s.state().headroom(t) >= hours).toList());
        rest.stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
        return ordered;
    }
}

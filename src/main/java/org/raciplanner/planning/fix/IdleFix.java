package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Letters;
import org.raciplanner.analysis.Warning;
import org.raciplanner.planning.Change;
import org.raciplanner.planning.PersonRef;
import org.raciplanner.planning.SetCell;
import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * UNASSIGNED_PERSON: someone staffed but holding no letter gets the letters the template gives
 * their role; someone not staffed anywhere takes a role nobody plays, or joins the smallest group.
 */
final class IdleFix implements Generator {

    private static final int CHOICES = 3;

    @Override
    public String code() {
        return "UNASSIGNED_PERSON";
    }

    @Override
    public List<Candidate> propose(Warning w, Search s) {
        long person = w.personId();
        List<Candidate> out = new ArrayList<>();
        s.view().rolesOf(person).forEach((role, on) -> on.forEach(i -> {
            Candidate c = lettersOf(s, s.view().matrix(i), role, person);
            if (c != null) {
                out.add(c);
            }
        }));
        if (!out.isEmpty()) {
            return out.subList(0, Math.min(CHOICES, out.size()));
        }
        for (Warning unstaffed : s.state().warnings()) {
            Snapshot.Matrix m = Generator.matrix(s, unstaffed);
            String role = String.valueOf(unstaffed.figures().get("role"));
            if (unstaffed.code().equals("UNSTAFFED_ROLE") && m != null && out.size() < CHOICES
                    && !s.playbook().conflicts(role, s.view().rolesOf(person).keySet())) {
                out.add(Moves.staff(s, m, role, person));
            }
        }
        List<Snapshot.Matrix> smallest = new ArrayList<>(s.state().team().matrices());
        smallest.sort(Comparator.comparingInt((Snapshot.Matrix m) -> m.staffing().size()).thenComparingLong(m -> m.initiative().id()));
        for (Snapshot.Matrix m : smallest) {
            for (String group : s.playbook().groupRoles()) {
                if (out.size() < CHOICES && s.playbook().hasRole(m.initiative(), group) && !TeamView.staffed(m, person)) {
                    out.add(Moves.staff(s, m, group, person));
                }
            }
        }
        return Generator.distinct(out);
    }

    /** The letters the template gives the role, set by hand on the rows the initiative has; null when it gives none. */
    private static Candidate lettersOf(Search s, Snapshot.Matrix m, String role, long person) {
        List<Change> changes = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, Letters> e : s.playbook().lettersOf(m.initiative(), role).entrySet()) {
            if (TeamView.row(m, e.getKey()) != null) {
                changes.add(new SetCell(m.initiative().id(), e.getKey(), PersonRef.of(person), e.getValue()));
                rows.add(e.getValue() + " on '" + TeamView.row(m, e.getKey()).name() + "'");
            }
        }
        if (changes.isEmpty()) {
            return null;
        }
        String text = s.view().name(person) + " takes the letters a " + Moves.role(role) + " holds on " + m.initiative().name()
                + ": " + String.join(", ", rows.subList(0, Math.min(3, rows.size()))) + (rows.size() > 3 ? ", …" : "");
        return new Candidate(changes, List.of(new Step(text, person)), 0, 0);
    }
}

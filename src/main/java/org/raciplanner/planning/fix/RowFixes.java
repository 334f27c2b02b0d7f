package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Letters;
import org.raciplanner.analysis.Warning;
import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.List;

/** The gaps of one row: nobody owns it, several people own it, nobody does it. */
final class RowFixes {

    private static final int TAKERS = 2;

    private RowFixes() {
    }

    /** NO_ACCOUNTABLE: the template's owner, staffed if nobody plays that role; whoever does the work; the lead. */
    static final class NoAccountable implements Generator {
        @Override
        public String code() {
            return "NO_ACCOUNTABLE";
        }

        @Override
        public List<Candidate> propose(Warning w, Search s) {
            Snapshot.Matrix m = Generator.matrix(s, w);
            String row = w.responsibility();
            List<Candidate> out = new ArrayList<>();
            List<String> owners = s.playbook().rolesGiving(m.initiative(), row, Letters::accountable);
            for (String role : owners) {
                List<Long> playing = TeamView.staffedAs(m, role);
                playing.forEach(p -> out.add(Moves.add(s, m, row, p, Letters.A)));
                if (playing.isEmpty()) {
                    Takers.forRole(s, m, role, 0, 0, TAKERS).forEach(t -> out.add(Moves.staff(s, m, role, t)));
                }
            }
            Generator.holders(m, row, Letters::responsible).forEach(p -> out.add(Moves.add(s, m, row, p, Letters.A)));
            Takers.forRow(s, m, row, 0, Letters::accountable, 0, TAKERS).forEach(t -> out.add(Moves.add(s, m, row, t, Letters.A)));
            return Generator.distinct(out);
        }
    }

    /**
     * MULTIPLE_ACCOUNTABLE: one owner stays (the template's owner first); the others keep the work
     * (R) or advise (C); or, where several people play the role the template makes the owner, all
     * but one stop playing it, which clears every row that role owns at once.
     */
    static final class MultipleAccountable implements Generator {
        @Override
        public String code() {
            return "MULTIPLE_ACCOUNTABLE";
        }

        @Override
        public List<Candidate> propose(Warning w, Search s) {
            Snapshot.Matrix m = Generator.matrix(s, w);
            String row = w.responsibility();
            List<Long> owners = new ArrayList<>(Generator.holders(m, row, Letters::accountable));
            List<String> roles = s.playbook().rolesGiving(m.initiative(), row, Letters::accountable);
            owners.sort(java.util.Comparator.comparingInt(p -> Takers.fits(m, p, roles) ? 0 : 1));
            List<Candidate> out = new ArrayList<>();
            for (long keeper : owners.subList(0, Math.min(3, owners.size()))) {
                Candidate c = null;
                for (long other : owners) {
                    if (other != keeper) {
                        Letters now = s.view().letters(m, row, other);
                        Letters then = now == Letters.RA ? Letters.R : Letters.C;
                        Candidate step = Moves.set(s, m, row, other, then, s.view().name(other) + " is " + then + " on "
                                + Moves.row(m, row) + ", leaving " + s.view().name(keeper) + " accountable");
                        c = c == null ? step : c.then(step);
                    }
                }
                out.add(c);
            }
            for (String role : roles) {
                List<Long> playing = TeamView.staffedAs(m, role);
                if (playing.size() > 1) {
                    out.add(0, Moves.drop(s, m, role, playing.get(0), playing.subList(1, playing.size())));
                }
            }
            return Generator.distinct(out);
        }
    }

    /** NO_RESPONSIBLE: the owner does it (RA), or whoever the template gives the work, or someone on the initiative. */
    static final class NoResponsible implements Generator {
        @Override
        public String code() {
            return "NO_RESPONSIBLE";
        }

        @Override
        public List<Candidate> propose(Warning w, Search s) {
            Snapshot.Matrix m = Generator.matrix(s, w);
            String row = w.responsibility();
            List<Candidate> out = new ArrayList<>();
            Generator.holders(m, row, Letters::accountable).forEach(p -> out.add(Moves.add(s, m, row, p, Letters.R)));
            for (String role : s.playbook().rolesGiving(m.initiative(), row, Letters::responsible)) {
                TeamView.staffedAs(m, role).forEach(p -> out.add(Moves.add(s, m, row, p, Letters.R)));
            }
            Takers.forRow(s, m, row, 0, Letters::responsible, 0, TAKERS).forEach(t -> out.add(Moves.add(s, m, row, t, Letters.R)));
            return Generator.distinct(out);
        }
    }
}

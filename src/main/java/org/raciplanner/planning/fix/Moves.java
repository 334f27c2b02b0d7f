package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Letters;
import org.raciplanner.planning.MoveCell;
import org.raciplanner.planning.PersonRef;
import org.raciplanner.planning.SetCell;
import org.raciplanner.planning.Staff;
import org.raciplanner.planning.Unstaff;
import org.raciplanner.snapshot.Snapshot;

import java.util.List;

/** The moves generators build candidates from, each in the change vocabulary and in words. */
final class Moves {

    private Moves() {
    }

    /** The taker plays the role on the initiative instead of the giver: the template's letters follow. */
    static Candidate handRole(Search s, Snapshot.Matrix m, String role, long giver, long taker) {
        long id = m.initiative().id();
        TeamView v = s.view();
        return Candidate.of(List.of(new Unstaff(id, role, PersonRef.of(giver)), new Staff(id, role, PersonRef.of(taker))),
                new Step(v.name(taker) + " becomes " + role(role) + " on " + m.initiative().name() + " instead of "
                        + v.name(giver), taker), stranger(m, taker), 0);
    }

    /** The taker plays the role on the initiative, beside whoever plays it already. */
    static Candidate staff(Search s, Snapshot.Matrix m, String role, long taker) {
        return Candidate.of(List.of(new Staff(m.initiative().id(), role, PersonRef.of(taker))),
                new Step(s.view().name(taker) + " is staffed as " + role(role) + " on " + m.initiative().name(), taker),
                stranger(m, taker), 0);
    }

    /** The {@code others} stop playing the role on the initiative, which {@code keeper} goes on playing alone. */
    static Candidate drop(Search s, Snapshot.Matrix m, String role, long keeper, List<Long> others) {
        TeamView v = s.view();
        List<String> names = others.stream().map(v::name).toList();
        String who = names.size() <= 3 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 2)) + " and " + (names.size() - 2) + " others";
        return Candidate.of(others.stream().<org.raciplanner.planning.Change>map(p -> new Unstaff(m.initiative().id(), role,
                        PersonRef.of(p))).toList(),
                new Step(who + (others.size() == 1 ? " is" : " are") + " no longer " + role(role) + " on " + m.initiative().name()
                        + ", leaving " + v.name(keeper) + " the only one", null), 0, 0);
    }

    /** The person leaves a group role (a delivery team), which nobody needs to take over. */
    static Candidate leave(Search s, Snapshot.Matrix m, String role, long person) {
        return Candidate.of(List.of(new Unstaff(m.initiative().id(), role, PersonRef.of(person))),
                new Step(s.view().name(person) + " leaves the " + role(role) + " of " + m.initiative().name(), null), 0, 0);
    }

    /** The taker does the work of the row (R) instead of the giver; a giver who owns it (RA) stays accountable. */
    static Candidate handWork(Search s, Snapshot.Matrix m, String row, long giver, long taker) {
        TeamView v = s.view();
        Letters given = v.letters(m, row, giver);
        long id = m.initiative().id();
        List<org.raciplanner.planning.Change> changes = given == Letters.RA
                ? List.of(new SetCell(id, row, PersonRef.of(giver), Letters.A), give(v, m, row, taker, Letters.R))
                : List.of(new MoveCell(id, row, PersonRef.of(giver), PersonRef.of(taker)));
        String text = v.name(taker) + " takes the R on " + row(m, row) + " from " + v.name(giver)
                + (given == Letters.RA ? ", who stays accountable" : "");
        return Candidate.of(changes, new Step(text, taker), stranger(m, taker), misfit(s, m, row, taker, Letters::responsible));
    }

    /** The taker owns the row (A) instead of the giver; a giver who also does the work (RA) keeps the R. */
    static Candidate handOwnership(Search s, Snapshot.Matrix m, String row, long giver, long taker) {
        TeamView v = s.view();
        Letters given = v.letters(m, row, giver);
        long id = m.initiative().id();
        List<org.raciplanner.planning.Change> changes = given == Letters.RA
                ? List.of(new SetCell(id, row, PersonRef.of(giver), Letters.R), give(v, m, row, taker, Letters.A))
                : List.of(new MoveCell(id, row, PersonRef.of(giver), PersonRef.of(taker)));
        String text = v.name(taker) + " becomes accountable for " + row(m, row) + " instead of " + v.name(giver)
                + (given == Letters.RA ? ", who keeps the R" : "");
        return Candidate.of(changes, new Step(text, taker), stranger(m, taker), misfit(s, m, row, taker, Letters::accountable));
    }

    /** The taker holds the giver's letters on the row, merged with their own; the giver none. */
    static Candidate move(Search s, Snapshot.Matrix m, String row, long giver, long taker) {
        TeamView v = s.view();
        return Candidate.of(List.of(new MoveCell(m.initiative().id(), row, PersonRef.of(giver), PersonRef.of(taker))),
                new Step(v.name(taker) + " takes " + row(m, row) + " (" + v.letters(m, row, giver) + ") from " + v.name(giver), taker),
                stranger(m, taker), misfit(s, m, row, taker, Letters::responsible));
    }

    /** The person gets the letter on the row on top of what they hold there (A with R gives RA). */
    static Candidate add(Search s, Snapshot.Matrix m, String row, long person, Letters letter) {
        TeamView v = s.view();
        String what = letter == Letters.A ? "becomes accountable for " : letter == Letters.R ? "does the work (R) of " : "is " + letter + " on ";
        return Candidate.of(List.of(give(v, m, row, person, letter)),
                new Step(v.name(person) + " " + what + row(m, row), person), stranger(m, person),
                misfit(s, m, row, person, letter == Letters.A ? Letters::accountable : Letters::responsible));
    }

    /** The person's letters on the row become {@code letters} (null clears the cell). */
    static Candidate set(Search s, Snapshot.Matrix m, String row, long person, Letters letters, String text) {
        return Candidate.of(List.of(new SetCell(m.initiative().id(), row, PersonRef.of(person), letters)),
                new Step(text, null), 0, 0);
    }

    static SetCell give(TeamView v, Snapshot.Matrix m, String row, long person, Letters letter) {
        Letters held = v.letters(m, row, person);
        return new SetCell(m.initiative().id(), row, PersonRef.of(person), held == null ? letter : held.merge(letter));
    }

    static String role(String key) {
        return key.replace('-', ' ');
    }

    /** "'Budget and cost control' on Atlas launch" */
    static String row(Snapshot.Matrix m, String key) {
        Snapshot.Row row = TeamView.row(m, key);
        return "'" + (row == null ? key : row.name()) + "' on " + m.initiative().name();
    }

    private static int stranger(Snapshot.Matrix m, long person) {
        return TeamView.staffed(m, person) ? 0 : 1;
    }

    private static int misfit(Search s, Snapshot.Matrix m, String row, long person,
                              java.util.function.Predicate<Letters> which) {
        return Takers.fits(m, person, s.playbook().rolesGiving(m.initiative(), row, which)) ? 0 : 1;
    }
}

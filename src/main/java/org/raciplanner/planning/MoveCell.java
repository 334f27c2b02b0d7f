package org.raciplanner.planning;

import org.raciplanner.analysis.Letters;
import org.raciplanner.snapshot.Snapshot;

import java.util.Map;

/**
 * Hands one person's letters on a row to another: {@code to} takes them, merged with what they
 * hold there by the strongest letter (A with R gives RA), and {@code from}'s cell is cleared.
 */
public record MoveCell(long initiativeId, String responsibility, PersonRef from, PersonRef to) implements Change {

    public static final String TYPE = "moveCell";

    static MoveCell read(Fields f) {
        return f.ok(new MoveCell(f.id("initiativeId"), f.key("responsibility"), f.person("from"), f.person("to")));
    }

    @Override
    public void applyTo(Draft draft) {
        MatrixDraft matrix = draft.matrix(initiativeId);
        SetCell.requireRow(matrix, responsibility);
        long giver = draft.person(from, "from");
        long taker = draft.person(to, "to");
        if (giver == taker) {
            throw new Invalid("to", "must be someone else than from");
        }
        Snapshot.Cell given = matrix.cell(responsibility, giver);
        if (given == null) {
            throw new Invalid("from", draft.name(giver) + " holds no letter on '" + responsibility + "' of " + matrix.name());
        }
        Snapshot.Cell held = matrix.cell(responsibility, taker);
        Letters merged = held == null ? given.letters() : held.letters().merge(given.letters());
        draft.putCell(matrix, responsibility, giver, null);
        draft.putCell(matrix, responsibility, taker, merged);
    }

    @Override
    public Map<String, Object> json() {
        return Changes.object(TYPE, "initiativeId", initiativeId, "responsibility", responsibility, "from", from, "to", to);
    }
}

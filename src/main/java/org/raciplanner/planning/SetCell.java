package org.raciplanner.planning;

import org.raciplanner.analysis.Letters;

import java.util.Map;

/** Sets a cell by hand, as {@code PUT …/matrix/{key}/{person}} does; null letters (sent as {@code ""}) clear it. */
public record SetCell(long initiativeId, String responsibility, PersonRef person, Letters letters) implements Change {

    public static final String TYPE = "setCell";

    static SetCell read(Fields f) {
        return f.ok(new SetCell(f.id("initiativeId"), f.key("responsibility"), f.person("person"), f.letters("letters")));
    }

    @Override
    public void applyTo(Draft draft) {
        MatrixDraft matrix = draft.matrix(initiativeId);
        requireRow(matrix, responsibility);
        draft.putCell(matrix, responsibility, draft.person(person, "person"), letters);
    }

    static void requireRow(MatrixDraft matrix, String key) {
        if (!matrix.hasRow(key)) {
            throw new Invalid("responsibility", "'" + key + "' is not a responsibility of " + matrix.name());
        }
    }

    @Override
    public Map<String, Object> json() {
        return Changes.object(TYPE, "initiativeId", initiativeId, "responsibility", responsibility, "person", person,
                "letters", letters == null ? "" : letters.name());
    }
}

package org.raciplanner.planning;

import org.raciplanner.analysis.Letters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Sets a cell by hand, as {@code PUT …/matrix/{key}/{person}} does; null letters (sent as {@code ""}) clear it. */
public record SetCell(long initiativeId, String responsibility, PersonRef person, Letters letters) implements Change {

    public static final String TYPE = "setCell";

    public SetCell {
        Objects.requireNonNull(responsibility, "responsibility");
        Objects.requireNonNull(person, "person");
    }

    static SetCell read(Fields f) {
        long initiative = f.id("initiativeId");
        String key = f.key("responsibility");
        PersonRef person = f.person("person");
        Letters letters = f.letters("letters");
        return f.ok() ? new SetCell(initiative, key, person, letters) : null;
    }

    @Override
    public String type() {
        return TYPE;
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
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", TYPE);
        json.put("initiativeId", initiativeId);
        json.put("responsibility", responsibility);
        json.put("person", person.json());
        json.put("letters", letters == null ? "" : letters.name());
        return json;
    }
}

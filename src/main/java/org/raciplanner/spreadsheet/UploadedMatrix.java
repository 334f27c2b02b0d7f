package org.raciplanner.spreadsheet;

import io.micronaut.core.annotation.Nullable;
import org.raciplanner.analysis.Letters;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The matrix sheet of an uploaded workbook, read and checked against the team: rows by
 * responsibility key, cells by person id.
 *
 * @param version the matrix version the sheet was exported at
 */
record UploadedMatrix(String sheet, long version, List<Row> rows) {

    /** Everyone with a cell on the sheet. */
    Set<Long> people() {
        Set<Long> people = new HashSet<>();
        rows.forEach(r -> r.cells().forEach(c -> people.add(c.personId())));
        return people;
    }

    /**
     * One responsibility's row.
     *
     * @param base the row's letters at export by person, or null if the row did not come from the
     *             export (so what changed since cannot be told)
     */
    record Row(String key, @Nullable Map<Long, Letters> base, List<Cell> cells) {
    }

    /** A cell's reference ({@code Phoenix!D7}) and its letters; null letters mean the cell is empty. */
    record Cell(String reference, long personId, @Nullable Letters letters) {
    }
}

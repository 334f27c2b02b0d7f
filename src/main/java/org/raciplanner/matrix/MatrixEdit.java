package org.raciplanner.matrix;

import io.micronaut.core.annotation.Nullable;
import org.raciplanner.analysis.Letters;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A change to many cells of one matrix, planned against the matrix as it is once it is locked:
 * for writers such as the spreadsheet import, which must compare with the current cells before
 * deciding what to write. Throwing from {@link #plan} leaves the matrix untouched.
 */
@FunctionalInterface
public interface MatrixEdit {

    /**
     * @param version the matrix version before this edit
     * @param rows    the initiative's responsibility keys
     * @param cells   the current letters by cell
     * @return the cells to write; a change with no letters clears its cell
     */
    List<Change> plan(long version, Set<String> rows, Map<CellKey, Letters> cells);

    /** A cell of a matrix: responsibility key and person id. */
    record CellKey(String responsibility, long personId) {
    }

    /** New letters for one cell, or none to clear it. */
    record Change(CellKey cell, @Nullable Letters letters) {
    }
}

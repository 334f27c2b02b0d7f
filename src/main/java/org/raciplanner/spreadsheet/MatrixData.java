package org.raciplanner.spreadsheet;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One initiative's matrix as the workbook shows it: rows, columns and a grid of letters. */
record MatrixData(Initiative initiative, List<Row> rows, List<Column> columns, String[][] letters) {

    record Initiative(long id, String name, String kind, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
                      @Nullable BigDecimal budget, long version) {
    }

    record Row(String key, String name, String category) {
    }

    /** A person on the matrix: staffed on the initiative or holding a cell on it. */
    record Column(long personId, String name, String email, String roles) {
    }

    /** The letters of a cell, or null when it is empty. */
    @Nullable
    String letters(int row, int column) {
        return letters[row][column];
    }
}

package org.raciplanner.spreadsheet;

import io.micronaut.core.annotation.Nullable;
import org.raciplanner.snapshot.Snapshot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One initiative's matrix as a sheet lays it out: the snapshot's rows and columns, and a grid of letters. */
record MatrixData(Snapshot.Matrix matrix, String[][] letters) {

    static MatrixData of(Snapshot.Matrix matrix) {
        Map<String, Integer> rowIndex = new HashMap<>();
        for (int i = 0; i < matrix.rows().size(); i++) {
            rowIndex.put(matrix.rows().get(i).key(), i);
        }
        Map<Long, Integer> columnIndex = new HashMap<>();
        for (int i = 0; i < matrix.columns().size(); i++) {
            columnIndex.put(matrix.columns().get(i).person(), i);
        }
        String[][] grid = new String[matrix.rows().size()][matrix.columns().size()];
        matrix.cells().forEach(c -> grid[rowIndex.get(c.responsibility())][columnIndex.get(c.person())] = c.letters().name());
        return new MatrixData(matrix, grid);
    }

    Snapshot.Initiative initiative() {
        return matrix.initiative();
    }

    List<Snapshot.Row> rows() {
        return matrix.rows();
    }

    List<Snapshot.Column> columns() {
        return matrix.columns();
    }

    /** The letters of a cell, or null when it is empty. */
    @Nullable
    String letters(int row, int column) {
        return letters[row][column];
    }
}

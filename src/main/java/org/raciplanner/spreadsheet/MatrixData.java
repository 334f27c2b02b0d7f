package org.raciplanner.spreadsheet;

import io.micronaut.core.annotation.Nullable;
import org.raciplanner.snapshot.Snapshot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One initiative's matrix as a sheet lays it out: the snapshot's rows and columns, and a grid of
 * letters. A scenario's matrix also has, for each cell its changes change, the letters it had
 * (empty text for none), and is not for upload: it is not the team's matrix.
 */
record MatrixData(Snapshot.Matrix matrix, String[][] letters, String[][] was, @Nullable String scenario) {

    private static final String UPLOAD_HINT = "Pick R, A, C, I or RA in a cell, or clear it; upload the saved file to apply"
            + " your changes. Each row needs exactly one A and at least one R.";

    static MatrixData of(Snapshot.Matrix matrix) {
        return of(matrix, Map.of(), null);
    }

    /** @param before the letters each changed cell had, by responsibility key and person ({@link #key}); "" for none */
    static MatrixData of(Snapshot.Matrix matrix, Map<String, String> before, @Nullable String scenario) {
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
        String[][] was = new String[matrix.rows().size()][matrix.columns().size()];
        for (int r = 0; r < matrix.rows().size(); r++) {
            for (int p = 0; p < matrix.columns().size(); p++) {
                was[r][p] = before.get(key(matrix.rows().get(r).key(), matrix.columns().get(p).person()));
            }
        }
        return new MatrixData(matrix, grid, was, scenario);
    }

    static String key(String responsibility, long person) {
        return responsibility + '\n' + person;
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

    /** The letters a scenario's changes take from the cell ("" when it was empty), or null when they leave it be. */
    @Nullable
    String was(int row, int column) {
        return was[row][column];
    }

    /** Whether an upload may take this sheet back: only the team's own matrices. */
    boolean uploadable() {
        return scenario == null;
    }

    /** The hidden header that tells an upload which initiative and version the sheet shows. */
    String marker() {
        return uploadable() ? MatrixLayout.marker(initiative().id(), initiative().version())
                : "raci-planner scenario, not for upload: " + scenario;
    }

    String hint() {
        return uploadable() ? UPLOAD_HINT : "Scenario '" + scenario + "': the matrix as its changes would leave it. Changed"
                + " cells are outlined; the Changes sheet lists what they were. Apply the scenario to make it so; this file"
                + " cannot be uploaded.";
    }
}

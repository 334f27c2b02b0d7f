package org.raciplanner.matrix;

/** Where a cell's letters came from: re-staffing re-derives ROLE cells and never touches MANUAL ones. */
public enum CellSource {
    ROLE, MANUAL
}

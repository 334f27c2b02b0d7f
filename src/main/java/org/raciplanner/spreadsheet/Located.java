package org.raciplanner.spreadsheet;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/** Where an uploaded workbook's matrix is: its sheet, header row and the hidden column with the export's marker. */
record Located(Sheet sheet, int headerRow, int markerColumn, MatrixLayout.Marker marker) {
    String reference(int column) {
        return reference(headerRow, column);
    }

    String reference(int row, int column) {
        return new CellReference(sheet.getSheetName(), row, column, false, false).formatAsString();
    }
}

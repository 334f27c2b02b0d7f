package org.raciplanner.spreadsheet;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/** Writes cells so that no text anyone typed can turn into a formula. */
final class Cells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Cells() {
    }

    /** Whether a spreadsheet would read this text as a formula (or a DDE call) if it were typed in. */
    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /**
     * A plain string cell. POI never parses a string value, so the file holds text either way;
     * the quote prefix also keeps it text when someone edits the cell and presses Enter.
     */
    static Cell text(Row row, int column, String value, Styles.Text style) {
        String shown = value.length() > SpreadsheetVersion.EXCEL2007.getMaxTextLength()
                ? value.substring(0, SpreadsheetVersion.EXCEL2007.getMaxTextLength()) : value;
        Cell cell = row.createCell(column);
        cell.setCellValue(shown);
        cell.setCellStyle(looksLikeFormula(shown) ? style.quoted() : style.plain());
        return cell;
    }

    /** Text we wrote ourselves (labels, codes), never user input. */
    static Cell label(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    static Cell number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }
}

package org.raciplanner.spreadsheet;

import org.apache.poi.ss.formula.SheetNameFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import java.nio.charset.StandardCharsets;

/**
 * The workbook's built-in defined names, as {@code XSSFSheet.setAutoFilter} and
 * {@code setRepeatingRows} would make them, written into the workbook's part at the end. POI's own
 * way scans every name and sheet for each one added, which in a workbook of 1,000 sheets cost a
 * tenth of the export; these are added in constant time and written in one go.
 */
final class DefinedNames {

    private static final String OPEN = "<definedNames>";
    private static final String BEFORE = "<calcPr";

    private final StringBuilder names = new StringBuilder();

    /** The hidden name Excel keeps a filter's range in. */
    void filter(int sheetIndex, String sheetName, CellRangeAddress range) {
        CellReference first = new CellReference(sheetName, range.getFirstRow(), range.getFirstColumn(), true, true);
        CellReference last = new CellReference(null, range.getLastRow(), range.getLastColumn(), true, true);
        add("_xlnm._FilterDatabase", sheetIndex, true, first.formatAsString() + ":" + last.formatAsString());
    }

    /** The row printed atop every page. */
    void printTitle(int sheetIndex, String sheetName, int row) {
        String sheet = SheetNameFormatter.format(sheetName);
        add("_xlnm.Print_Titles", sheetIndex, false, sheet + "!$" + (row + 1) + ":$" + (row + 1));
    }

    /**
     * The workbook's part with these names in it, where the schema puts them: before {@code calcPr},
     * which we always write. Every defined name of ours is made here, so POI writes none.
     */
    byte[] addTo(byte[] workbookPart) {
        if (names.isEmpty()) {
            return workbookPart;
        }
        String part = new String(workbookPart, StandardCharsets.UTF_8);
        int at = part.indexOf(BEFORE);
        if (at < 0 || part.contains(OPEN)) {
            throw new IllegalStateException("POI wrote a workbook part with defined names of its own, or without " + BEFORE
                    + ": add names through DefinedNames");
        }
        return (part.substring(0, at) + OPEN + names + "</definedNames>" + part.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    private void add(String name, int sheetIndex, boolean hidden, String formula) {
        names.append("<definedName name=\"").append(name).append("\" localSheetId=\"").append(sheetIndex).append('"');
        if (hidden) {
            names.append(" hidden=\"true\"");
        }
        names.append('>');
        escape(formula);
        names.append("</definedName>");
    }

    /** As XMLBeans escapes text: {@code >} needs no escaping in XML, and POI writes it as is. */
    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> names.append("&amp;");
                case '<' -> names.append("&lt;");
                default -> names.append(c);
            }
        }
    }
}

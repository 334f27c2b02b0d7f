package org.raciplanner.spreadsheet;

/**
 * Row heights for wrapped text. LibreOffice keeps the stored height of rows in .xlsx files
 * instead of fitting them to wrapped text, so the writer sets heights it estimates itself.
 */
final class RowHeights {

    private static final float POINTS_PER_LINE = 13.5f;
    /** Average characters of 10-point Calibri per unit of column width, with room for word breaks. */
    private static final double CHARS_PER_WIDTH = 1.2;

    private RowHeights() {
    }

    /** Lines the text takes in a column of the given width (in characters). */
    static int lines(String text, int widthInChars) {
        int perLine = Math.max(1, (int) (widthInChars * CHARS_PER_WIDTH) - 1);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
        }
        return lines;
    }

    /** The height for a row whose tallest cell takes this many lines. */
    static float points(int lines) {
        return Math.max(1, lines) * POINTS_PER_LINE + 2;
    }
}

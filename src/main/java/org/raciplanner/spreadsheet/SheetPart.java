package org.raciplanner.spreadsheet;

import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/**
 * A streamed sheet's file in the workbook: the sheet's template as POI wrote it, with the rows
 * streamed to the sheet's own file put in its {@code sheetData}, as POI's {@code SXSSFWorkbook}
 * does, but as bytes: the markup looked for is ASCII, which no other UTF-8 character contains.
 */
final class SheetPart {

    private static final byte[] START = ascii("<sheetData");
    private static final byte[] END = ascii("</sheetData>");
    private static final byte[] OPENED = ascii("<sheetData>\n");

    private SheetPart() {
    }

    /** The sheet's file, read from its template and, on demand, the file of its rows. */
    static InputStream of(byte[] template, SXSSFSheet sheet) throws IOException {
        int start = indexOf(template, START, 0);
        int after = start < 0 ? -1 : start + START.length;
        if (after >= 0 && after + 1 < template.length && template[after] == '/' && template[after + 1] == '>') {
            // <sheetData/>: the rows become its content
            return join(new ByteArrayInputStream(template, 0, start), new ByteArrayInputStream(OPENED), sheet.getWorksheetXMLInputStream(),
                    new ByteArrayInputStream(END), new ByteArrayInputStream(template, after + 2, template.length - after - 2));
        }
        int end = after < 0 || after >= template.length || template[after] != '>' ? -1 : indexOf(template, END, after);
        if (end < 0) {
            throw new IOException("POI wrote sheet '" + sheet.getSheetName() + "' without a sheetData element");
        }
        // <sheetData>…</sheetData>: the rows follow what is already there
        return join(new ByteArrayInputStream(template, 0, end), sheet.getWorksheetXMLInputStream(),
                new ByteArrayInputStream(template, end, template.length - end));
    }

    private static InputStream join(InputStream... parts) {
        return new SequenceInputStream(Collections.enumeration(List.of(parts)));
    }

    static int indexOf(byte[] in, byte[] what, int from) {
        outer:
        for (int i = from; i <= in.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}

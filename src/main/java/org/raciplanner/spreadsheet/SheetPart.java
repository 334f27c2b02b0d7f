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

    private static final byte[] EMPTY = ascii("<sheetData/>");
    private static final byte[] OPENED = ascii("<sheetData>\n");
    private static final byte[] CLOSED = ascii("</sheetData>");

    private SheetPart() {
    }

    /**
     * The sheet's file, read from its template and the file of its rows. The template's
     * rows are always empty ({@code <sheetData/>}): a streamed sheet's rows never reach it.
     */
    static InputStream of(byte[] template, SXSSFSheet sheet) throws IOException {
        int start = indexOf(template, EMPTY);
        if (start < 0) {
            throw new IOException("POI wrote sheet '" + sheet.getSheetName() + "' without an empty sheetData element");
        }
        int after = start + EMPTY.length;
        return join(new ByteArrayInputStream(template, 0, start), new ByteArrayInputStream(OPENED), sheet.getWorksheetXMLInputStream(),
                new ByteArrayInputStream(CLOSED), new ByteArrayInputStream(template, after, template.length - after));
    }

    private static InputStream join(InputStream... parts) {
        return new SequenceInputStream(Collections.enumeration(List.of(parts)));
    }

    private static int indexOf(byte[] in, byte[] what) {
        outer:
        for (int i = 0; i <= in.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}

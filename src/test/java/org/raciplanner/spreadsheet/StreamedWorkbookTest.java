package org.raciplanner.spreadsheet;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our workbook writes what POI's own streaming workbook writes, byte for byte in every part: the
 * rows, the text's escaping, the filters' and print titles' defined names, and the sheets around
 * their rows.
 */
class StreamedWorkbookTest {

    private static final List<String> SHEETS = List.of("Alpha", "R&D 'team' <1>", "Ünïcödé 😀", "Plain");
    private static final List<String> TEXTS = List.of("plain", "a < b > c & \"d\" 'e'", "line\nbreak\r\ttab\u00A0nbsp",
            "control\u0001\u001F chars", "not chars \uFFFE\uFFFF", "emoji 😀 and lone \uD800 surrogate", "Ünïcödé",
            "", "x".repeat(20_000));

    @Test
    void writesWhatPoiWrites() throws IOException, InvalidFormatException {
        Map<String, String> poi = parts(write(new SXSSFWorkbook(3), true));
        Map<String, String> ours = parts(write(new StreamedWorkbook(3), false));

        assertEquals(List.copyOf(poi.keySet()), List.copyOf(ours.keySet()));
        poi.forEach((part, xml) -> assertEquals(xml, ours.get(part), part));
        String workbook = ours.get("xl/workbook.xml");
        assertTrue(workbook.contains("_xlnm._FilterDatabase") && workbook.contains("_xlnm.Print_Titles"), workbook);
        String sheet = ours.get("xl/worksheets/sheet2.xml");
        assertTrue(sheet.contains("a &lt; b &gt; c &amp; &quot;d&quot;") && sheet.contains("line&#xa;break"), sheet);
    }

    private static byte[] write(SXSSFWorkbook workbook, boolean poisOwnNames) throws IOException, InvalidFormatException {
        try (workbook) {
            for (int s = 0; s < SHEETS.size(); s++) {
                SXSSFSheet sheet = workbook.createSheet(SHEETS.get(s));
                for (int r = 0; r < 10; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < TEXTS.size(); c++) {
                        row.createCell(c).setCellValue(TEXTS.get((r + c) % TEXTS.size()));
                    }
                    row.createCell(TEXTS.size()).setCellFormula("LEN(A" + (r + 1) + ")&\"<&>\"");
                    row.createCell(TEXTS.size() + 1).setCellValue(r * 1.5);
                }
                CellRangeAddress filter = new CellRangeAddress(1, 9, 0, TEXTS.size());
                boolean printTitle = s % 2 == 0;
                if (poisOwnNames) {
                    sheet.setAutoFilter(filter);
                    if (printTitle) {
                        sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
                    }
                } else {
                    StreamedWorkbook.filter(sheet, filter);
                    if (printTitle) {
                        StreamedWorkbook.repeatOnEveryPage(sheet, 1);
                    }
                }
                PageSetup.landscapeFitToWidth(sheet);
            }
            workbook.getXSSFWorkbook().setForceFormulaRecalculation(true);
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated("2026-01-01T00:00:00Z");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Map<String, String> parts(byte[] workbook) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        // Through the central directory, as spreadsheet programs read it.
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }
}

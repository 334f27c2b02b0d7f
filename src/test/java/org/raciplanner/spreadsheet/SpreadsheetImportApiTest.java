package org.raciplanner.spreadsheet;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.raciplanner.support.Api;
import org.raciplanner.support.Reply;
import org.raciplanner.support.Startup;
import org.raciplanner.support.Workbooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;

@MicronautTest(environments = "test")
class SpreadsheetImportApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String SHEET = "Atlas launch";
    private static final String BUDGET = "Budget and cost control";
    private static final String SCOPE = "Scope management";

    @Inject
    Api api;

    @Test
    void editedWorkbookChangesTheMatrix() {
        Startup s = api.startup();
        long before = version(s);
        byte[] edited = edit(s, sheet -> {
            Workbooks.type(Workbooks.cell(sheet, BUDGET, "local1@example.com"), "a/r");
            Workbooks.cell(sheet, SCOPE, "local2@example.com").setBlank();
        });
        Map<String, Object> result = upload(s, edited, "").expect(200).map();
        assertEquals(2, result.get("changed"));
        assertEquals(before + 1, ((Number) result.get("version")).longValue());
        assertEquals("RA", letters(s, "budget", s.local().get(0)));
        assertEquals(null, letters(s, "scope", s.local().get(1)));
        assertEquals("RA", letters(s, "project-plan", s.dana()), "untouched cells stay");
        @SuppressWarnings("unchecked")
        Map<String, Object> change = ((List<Map<String, Object>>) result.get("changes")).get(1);
        assertEquals("budget", change.get("responsibility"));
        assertTrue(((String) change.get("cell")).startsWith("'Atlas launch'!"), change.toString());
        assertEquals("RA", change.get("after"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A/R", "ar", "R, A", " r a ", "RA"})
    void acceptsTheWaysPeopleTypeLetters(String typed) {
        Startup s = api.startup();
        upload(s, edit(s, sheet -> Workbooks.type(Workbooks.cell(sheet, BUDGET, "local1@example.com"), typed)), "").expect(200);
        assertEquals("RA", letters(s, "budget", s.local().get(0)));
    }

    @Test
    void uploadingAnUneditedWorkbookChangesNothing() {
        Startup s = api.startup();
        byte[] workbook = api.download(path(s)).expect(200).body();
        long before = version(s);
        Map<String, Object> result = upload(s, workbook, "").expect(200).map();
        assertEquals(0, result.get("changed"));
        assertEquals(before, version(s), "a no-op keeps the version, so nobody's If-Match goes stale");
    }

    @Test
    void refusesUnknownLettersNamingEveryCell() {
        Startup s = api.startup();
        Map<String, Object> before = matrix(s);
        byte[] edited = edit(s, sheet -> {
            Workbooks.type(sheet.getRow(6).getCell(3), "Z");
            Workbooks.type(Workbooks.cell(sheet, SCOPE, "local3@example.com"), "RACI");
            Workbooks.cell(sheet, SCOPE, "local4@example.com").setCellValue(7);
            Workbooks.type(Workbooks.cell(sheet, BUDGET, "local1@example.com"), "A"); // valid, but the upload is all or nothing
        });
        Reply reply = upload(s, edited, "").expect(422);
        List<String> problems = reply.problems();
        assertTrue(problems.contains("'Atlas launch'!D7: \"Z\" is not one of R, A, C, I, RA"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.endsWith(": \"RACI\" is not one of R, A, C, I, RA")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.endsWith(": \"7\" is not one of R, A, C, I, RA")), problems.toString());
        assertEquals(3, problems.size());
        assertEquals(before, matrix(s));
    }

    @Test
    void refusesAColumnOfSomeoneNotOnTheTeam() {
        Startup s = api.startup();
        Map<String, Object> before = matrix(s);
        byte[] edited = edit(s, sheet -> Workbooks.type(sheet.getRow(Workbooks.HEADER).getCell(3), "Mallory\nmallory@evil.example"));
        List<String> problems = upload(s, edited, "").expect(422).problems();
        assertEquals(List.of("'Atlas launch'!D4: \"mallory@evil.example\" is not a person of this team; add them to the roster first"),
                problems);
        assertEquals(before, matrix(s));
    }

    @Test
    void refusesRowsOfUnknownResponsibilities() {
        Startup s = api.startup();
        Map<String, Object> before = matrix(s);
        byte[] edited = edit(s, sheet -> {
            Row row = Workbooks.row(sheet, BUDGET);
            Workbooks.type(row.getCell(0), "Marketing");
            row.getCell(row.getLastCellNum() - 1).setBlank(); // as if typed as a new row
            Workbooks.type(row.getCell(2), "A");
        });
        List<String> problems = upload(s, edited, "").expect(422).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("\"Marketing\" is not a responsibility of this initiative"), problems.toString());
        assertEquals(before, matrix(s));
    }

    @Test
    void refusesTheWorkbookOfAnotherInitiative() {
        Startup s = api.startup();
        Map<String, Object> before = matrix(s);
        byte[] product = api.download("/api/v1/teams/" + s.team() + "/initiatives/" + s.product() + "/raci.xlsx").expect(200).body();
        Reply reply = upload(s, product, "").expect(422);
        assertTrue(((String) reply.map().get("detail")).contains("another initiative (#" + s.product() + ")"), reply.body());
        assertEquals(before, matrix(s));
    }

    @Test
    void refusesFilesThatAreNotWorkbooks() {
        Startup s = api.startup();
        Map<String, Object> before = matrix(s);
        Reply text = upload(s, "name,email\nDana,dana@example.com\n".getBytes(StandardCharsets.UTF_8), "").expect(422);
        assertTrue(((String) text.map().get("detail")).contains("not an Excel workbook"), text.body());
        assertTrue(((String) upload(s, new byte[0], "").expect(422).map().get("detail")).contains("empty"));
        assertEquals(before, matrix(s));
    }

    @Test
    void refusesAFileLargerThanTheLimit() {
        Startup s = api.startup();
        byte[] big = new byte[1024 * 1024 + 1];
        new Random(1).nextBytes(big);
        Reply reply = upload(s, big, "").expect(413);
        assertTrue(((String) reply.map().get("detail")).contains("limited to 1048576 bytes"), reply.body());
    }

    @Test
    void refusesAZipBomb() throws IOException {
        Startup s = api.startup();
        Map<String, Object> before = matrix(s);
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(spaces);
            }
        }
        assertTrue(bomb.size() < 1024 * 1024, "the bomb itself is small: " + bomb.size());
        Reply reply = upload(s, bomb.toByteArray(), "").expect(422);
        assertTrue(((String) reply.map().get("detail")).contains("zip bomb"), reply.body());
        assertEquals(before, matrix(s));
    }

    @Test
    void refusesAStaleWorkbookThatWouldOverwriteSomeoneElsesChange() {
        Startup s = api.startup();
        byte[] edited = edit(s, sheet -> Workbooks.type(Workbooks.cell(sheet, BUDGET, "local1@example.com"), "C"));
        api.put(cellPath(s, "budget", s.local().get(0)), map("letters", "A")).expect(200);
        Map<String, Object> before = matrix(s);

        Reply reply = upload(s, edited, "").expect(409);
        List<String> problems = reply.problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("'Atlas launch'!\\w+\\d+: you wrote \"C\", but since your export it was changed from empty"
                + " to \"A\""), problems.toString());
        assertEquals(before, matrix(s));

        upload(s, edited, "?force=true").expect(200);
        assertEquals("C", letters(s, "budget", s.local().get(0)));
    }

    @Test
    void mergesAStaleWorkbookWhenTheChangesDoNotOverlap() {
        Startup s = api.startup();
        byte[] edited = edit(s, sheet -> Workbooks.type(Workbooks.cell(sheet, BUDGET, "local1@example.com"), "C"));
        api.put(cellPath(s, "scope", s.local().get(1)), map("letters", "C")).expect(200);
        api.delete(cellPath(s, "scope", s.local().get(2))).expect(204);

        Map<String, Object> result = upload(s, edited, "").expect(200).map();
        assertEquals(1, result.get("changed"));
        assertEquals("C", letters(s, "budget", s.local().get(0)), "the upload's edit is applied");
        assertEquals("C", letters(s, "scope", s.local().get(1)), "the other change is kept");
        assertEquals(null, letters(s, "scope", s.local().get(2)), "the other clear is kept");
    }

    @Test
    void uploadIsInTheHistoryWithItsAuthorAndViewersMayOnlyDownload() {
        Startup s = api.startup();
        String viewer = (String) api.post("/api/v1/teams/" + s.team() + "/tokens", map("name", "vera", "role", "VIEWER"))
                .expect(201).map().get("token");
        String editor = (String) api.post("/api/v1/teams/" + s.team() + "/tokens", map("name", "ed", "role", "EDITOR"))
                .expect(201).map().get("token");
        byte[] edited = Workbooks.edit(api.as(viewer).download(path(s)).expect(200).body(),
                workbook -> Workbooks.type(Workbooks.cell(workbook.getSheet(SHEET), BUDGET, "local1@example.com"), "C"));
        api.as(viewer).upload("PUT", path(s), XLSX, edited).expect(403);
        api.as(editor).upload("PUT", path(s), XLSX, edited).expect(200);

        List<Map<String, Object>> history = api.get("/api/v1/teams/" + s.team() + "/history?personId=" + s.local().get(0))
                .expect(200).list();
        Map<String, Object> entry = history.get(0);
        assertEquals("ed", entry.get("actor"));
        assertEquals("cell.uploaded", entry.get("action"));
        assertEquals("C", ((Map<?, ?>) entry.get("after")).get("letters"));
    }

    @Test
    void answersNotFoundAndWrongMediaTypeClearly() {
        Startup s = api.startup();
        byte[] workbook = api.download(path(s)).expect(200).body();
        api.upload("PUT", "/api/v1/teams/" + s.team() + "/initiatives/999999/raci.xlsx", XLSX, workbook).expect(404);
        api.upload("PUT", path(s), "application/json", "{}".getBytes(StandardCharsets.UTF_8)).expect(415);
    }

    // ---- helpers --------------------------------------------------------------------------

    private byte[] edit(Startup s, java.util.function.Consumer<XSSFSheet> change) {
        return Workbooks.edit(api.download(path(s)).expect(200).body(), workbook -> change.accept(workbook.getSheet(SHEET)));
    }

    private Reply upload(Startup s, byte[] workbook, String query) {
        return api.upload("PUT", path(s) + query, XLSX, workbook);
    }

    private Map<String, Object> matrix(Startup s) {
        return api.matrix(s.base(s.project()));
    }

    private long version(Startup s) {
        return api.matrixVersion(s.base(s.project()));
    }

    private String letters(Startup s, String key, long person) {
        return api.letters(s.base(s.project()), key, person);
    }

    private static String path(Startup s) {
        return "/api/v1/teams/" + s.team() + "/initiatives/" + s.project() + "/raci.xlsx";
    }

    private static String cellPath(Startup s, String key, long person) {
        return "/api/v1/teams/" + s.team() + "/initiatives/" + s.project() + "/matrix/" + key + "/" + person;
    }
}

package org.raciplanner.spreadsheet;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Previews;
import org.raciplanner.support.Startup;
import org.raciplanner.support.Workbooks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;

/** GET …/scenarios/{id}/raci.xlsx: the team workbook as the scenario would leave the team, with a Changes sheet first. */
@MicronautTest(environments = "test")
class ScenarioWorkbookApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Api api;

    @Test
    void showsTheMatricesAsTheyWouldBeWithChangedCellsOutlinedAndWhatTheChangesDo() throws IOException {
        Startup s = api.startup();
        String team = "/api/v1/teams/" + s.team();
        long id = Previews.saveReliefOfDana(api, s);
        Api.Download download = api.as(api.token(s.team(), "val", "VIEWER")).download(team + "/scenarios/" + id + "/raci.xlsx")
                .expect(200);
        assertTrue(download.header("Content-Disposition").contains("startup-scenario-relieve-dana-raci-"),
                download.header("Content-Disposition"));
        if (System.getProperty("raci.shots") != null) { // to render it and look: -Draci.shots=DIR
            java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("raci.shots"), "scenario.xlsx"), download.body());
        }
        try (XSSFWorkbook workbook = Workbooks.open(download.body())) {
            assertEquals(List.of("Changes", "Workload", "Load by week", "Warnings", "Atlas", "Atlas launch", "Legend"),
                    IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList());
            List<String> changes = texts(workbook.getSheet("Changes"));
            assertTrue(changes.contains("Atlas: Dana no longer product-owner"), changes.toString());
            assertTrue(changes.contains("Atlas launch › Stakeholder communication (progress and next steps): from Dana to Local 2"),
                    changes.toString());
            assertTrue(changes.contains("Dana is both product manager and product owner."), "among the warnings that go");
            assertTrue(changes.contains("ERROR → WARNING"), "Dana's overload");

            Sheet launch = workbook.getSheet("Atlas launch");
            Cell taken = Workbooks.cell(launch, "Stakeholder communication (progress and next steps)", "local2@example.com");
            assertEquals("RA", taken.getStringCellValue());
            assertEquals(BorderStyle.THICK, taken.getCellStyle().getBorderTop(), "a changed cell is outlined");
            Cell given = Workbooks.cell(launch, "Stakeholder communication (progress and next steps)", "dana@example.com");
            assertEquals("", given.getStringCellValue());
            assertEquals(BorderStyle.THICK, given.getCellStyle().getBorderTop());
            assertEquals(BorderStyle.THIN, Workbooks.cell(launch, "Budget and cost control", "dana@example.com").getCellStyle()
                    .getBorderTop(), "an unchanged cell is not");
            byte[] file = download.body();
            assertEquals(422, api.upload("PUT", s.base(s.project()) + "/raci.xlsx", XLSX, file).status(),
                    "a scenario's sheet is not the team's matrix: it cannot be uploaded");
        }
        assertEquals("RA", api.letters(s.base(s.project()), Previews.COMMUNICATION, s.dana()), "nothing changed");
    }

    @Test
    void refusesAnAppliedScenarioAndAnotherTeams() {
        Startup s = api.startup();
        String team = "/api/v1/teams/" + s.team();
        long id = Previews.saveReliefOfDana(api, s);
        api.download("/api/v1/teams/" + api.team("Other") + "/scenarios/" + id + "/raci.xlsx").expect(404);
        api.post(team + "/scenarios/" + id + "/apply", Map.of()).expect(200);
        api.download(team + "/scenarios/" + id + "/raci.xlsx").expect(409);
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                texts.add(cell.getStringCellValue());
            }
        }
        return texts;
    }
}

package org.raciplanner.warnings;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.FixedClock;
import org.raciplanner.support.Startup;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.raciplanner.support.Shots;
import org.raciplanner.support.Workbooks;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;

/**
 * issue 15's done-when, over HTTP: the sources' startup with its launch project renamed Phoenix and
 * dated Monday 4 Jan – Wednesday 30 Jun 2027, Atlas undated, judged on Monday 21 Dec 2026 over 32
 * weeks (2026-W52 to 2027-W30, across ISO week 53). Local 1 does a hand-set R on Phoenix.
 */
@MicronautTest
@Property(name = FixedClock.TODAY, value = "2026-12-21")
class TimePhasedScenarioApiTest {

    /** Dana's weekly hours: Atlas (product manager and owner) always, Phoenix (its manager, syncing 27 people) while it runs. */
    private static final double DANA_ATLAS = 34.06;
    private static final double DANA_PHOENIX = 55.4;
    private static final double LOCAL1_PHOENIX = 6.4;

    @Inject
    Api api;

    private Startup s;
    private String team;
    private long local1;

    @BeforeEach
    void phoenixDatedAndLocal1DoingAcceptanceTests() {
        s = api.startup();
        team = "/api/v1/teams/" + s.team();
        local1 = s.local().get(0);
        api.patch(s.base(s.project()), map("name", "Phoenix", "startDate", "2027-01-04", "endDate", "2027-06-30")).expect(200);
        api.patch(team + "/settings", map("horizonWeeks", 32)).expect(200);
        api.post(s.base(s.project()) + "/responsibilities", map("key", "acceptance-tests", "name", "Acceptance tests",
                "category", "EXECUTION", "effortHours", 6)).expect(201);
        api.put(s.base(s.project()) + "/matrix/acceptance-tests/" + local1, map("letters", "R")).expect(200);
    }

    @Test
    void danasWeeklyLoadCarriesPhoenixExactlyInTheWeeksItRuns() {
        Map<String, Object> byWeek = api.get(team + "/workload?by=week").expect(200).map();
        List<String> labels = list(byWeek, "periods").stream().map(p -> (String) p.get("label")).toList();
        assertEquals(32, labels.size());
        assertEquals(List.of("2026-W52", "2026-W53", "2027-W01"), labels.subList(0, 3));
        Map<String, Object> phoenix = list(byWeek, "initiatives").stream().filter(i -> i.get("name").equals("Phoenix")).findFirst().orElseThrow();
        List<?> running = (List<?>) phoenix.get("runningDays");
        assertEquals(List.of(0, 0, 5), running.subList(0, 3));
        assertEquals(List.of(5, 3, 0), running.subList(labels.indexOf("2027-W25"), labels.indexOf("2027-W27") + 1),
                "Phoenix ends on the Wednesday of 2027-W26");

        Map<String, Object> dana = person(byWeek, s.dana());
        assertEquals(List.of(DANA_ATLAS, DANA_PHOENIX), ((List<Map<String, Object>>) dana.get("initiatives")).stream()
                .map(i -> dbl(i.get("hours"))).toList(), "Atlas first, then Phoenix");
        List<Double> hours = hours(dana);
        for (int week = 0; week < labels.size(); week++) {
            double expected = DANA_ATLAS + DANA_PHOENIX * ((Number) running.get(week)).intValue() / 5;
            assertEquals(expected, hours.get(week), 0.05, labels.get(week) + ": Atlas, plus Phoenix's share of the week");
        }
        assertEquals(List.of(34.1, 34.1, 89.5, 89.5), hours.subList(0, 4), "2026-W52, W53: Atlas only; 2027-W01 on: with Phoenix");
        assertEquals(List.of(89.5, 67.3, 34.1), hours.subList(labels.indexOf("2027-W25"), labels.indexOf("2027-W27") + 1),
                "34.06 + 55.4 × 3/5 in Phoenix's last week, then Phoenix's 55.4 h are gone");

        Map<String, Object> plain = api.get(team + "/workload").expect(200).list().stream()
                .filter(w -> num(w.get("personId")) == s.dana()).findFirst().orElseThrow();
        assertEquals(34.1, dbl(plain.get("loadHours")), "this week, 2026-W52");
        assertEquals(85.2, dbl(plain.get("loadPercent")));
        assertEquals(223.7, dbl(plain.get("peakLoadPercent")));
        assertEquals("2027-01-04", plain.get("peakStart"));
    }

    @Test
    void danasOverloadIsReportedInPhoenixsWeeks() {
        Map<String, Object> overload = only(team + "/warnings?code=CAPACITY_OVERLOAD", s.dana());
        Map<?, ?> figures = (Map<?, ?>) overload.get("figures");
        assertEquals("ERROR", overload.get("severity"));
        assertTrue(overload.get("message").toString().startsWith("Dana is over capacity 4 Jan – 4 Jul 2027, peak 223.7 %. At the peak,"
                + " in the week of 4 Jan 2027, Dana's estimated load is 89.5 h a week"), overload.get("message").toString());
        assertTrue(overload.get("advice").toString().startsWith("For 4 Jan – 4 Jul 2027, hand over at least 49.5 h a week"));
        assertEquals(List.of(Map.of("from", "2027-01-04", "to", "2027-07-04", "weeks", 26, "peakStart", "2027-01-04",
                "peakHours", 89.5, "capacityHours", 40.0, "peakPercent", 223.7)), figures.get("windows"));
        assertEquals(89.5, dbl(figures.get("loadHours")));
        assertEquals(Map.of("from", "2026-12-21", "to", "2027-08-01", "weeks", 32), figures.get("horizon"));

        assertEquals(List.of(), api.get(team + "/warnings?code=CAPACITY_OVERLOAD&personId=" + s.dana() + "&at=2027-07-05")
                .expect(200).list(), "judged from 2027-W27, after Phoenix: Atlas alone is 85.2 % of Dana's week");
    }

    @Test
    void local1sHolidayWhileHoldingAnROnPhoenixOverloadsThemInExactlyThoseWeeks() {
        assertEquals(List.of(), api.get(team + "/warnings?code=CAPACITY_OVERLOAD&personId=" + local1).expect(200).list());
        List<Double> before = hours(person(api.get(team + "/workload?by=week").expect(200).map(), local1));
        assertEquals(List.of(0.0, 0.0, LOCAL1_PHOENIX), before.subList(0, 3), "6 h of acceptance tests and I on 12 rows, while Phoenix runs");

        List<Map<String, Object>> windows = api.put(team + "/people/" + local1 + "/availability",
                List.of(map("from", "2027-02-01", "to", "2027-02-14", "capacityHours", 0, "note", "Holiday"))).expect(200).list();
        assertEquals(List.of(map("from", "2027-02-01", "to", "2027-02-14", "capacityHours", 0, "note", "Holiday")), windows);

        Map<String, Object> byWeek = api.get(team + "/workload?by=week").expect(200).map();
        List<String> labels = list(byWeek, "periods").stream().map(p -> (String) p.get("label")).toList();
        List<Map<String, Object>> load = (List<Map<String, Object>>) person(byWeek, local1).get("load");
        for (int week = 0; week < labels.size(); week++) {
            boolean off = List.of("2027-W05", "2027-W06").contains(labels.get(week));
            assertEquals(off ? 0.0 : 40.0, dbl(load.get(week).get("capacityHours")), labels.get(week));
            assertEquals(before.get(week), dbl(load.get(week).get("loadHours")), "the holiday moves no work: " + labels.get(week));
        }
        assertNull(load.get(labels.indexOf("2027-W05")).get("loadPercent"), "no share of 0 h");
        assertEquals(16.0, dbl(load.get(labels.indexOf("2027-W04")).get("loadPercent")), "6.4 h of 40 h");

        Map<String, Object> overload = only(team + "/warnings?code=CAPACITY_OVERLOAD", local1);
        assertEquals("ERROR", overload.get("severity"));
        assertEquals("Local 1 is over capacity 1 – 14 Feb 2027, not available. In the week of 1 Feb 2027 Local 1 holds 6.4 h but"
                + " has no capacity (0 h: not available).", overload.get("message"));
        assertEquals(List.of(Map.of("from", "2027-02-01", "to", "2027-02-14", "weeks", 2, "peakStart", "2027-02-01",
                "peakHours", 6.4, "capacityHours", 0.0)), ((Map<?, ?>) overload.get("figures")).get("windows"));
        assertEquals("availability.replaced", api.get(team + "/history?personId=" + local1).expect(200).list().get(0).get("action"));
    }

    @Test
    void afterPhoenixEndsItsPeopleAreUnassignedAndDanaNoLongerStacksRoles() {
        assertTrue(codesOf(team + "/warnings?personId=" + s.dana()).contains("ROLE_STACKING"));
        assertFalse(codesOf(team + "/warnings?personId=" + local1).contains("UNASSIGNED_PERSON"));

        String later = "&at=2027-07-12";
        assertFalse(codesOf(team + "/warnings?personId=" + s.dana() + later).contains("ROLE_STACKING"),
                "product manager and owner of Atlas: 2 roles, the limit");
        Map<String, Object> unassigned = only(team + "/warnings?code=UNASSIGNED_PERSON" + later, local1);
        assertEquals("Local 1 holds responsibilities only on initiatives that have ended (Phoenix).", unassigned.get("message"));
        assertEquals(27, api.get(team + "/warnings?code=UNASSIGNED_PERSON" + later).expect(200).list().size());
    }

    @Test
    void theTeamWorkbookShowsBothWeekByWeekColouredByTheTeamsShares() throws IOException {
        api.put(team + "/people/" + local1 + "/availability",
                List.of(map("from", "2027-02-01", "to", "2027-02-14", "capacityHours", 0, "note", "Holiday"))).expect(200);
        byte[] file = api.download(team + "/raci.xlsx").expect(200).body();
        Shots.save("startup-team-workbook.xlsx", file);
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            XSSFSheet sheet = workbook.getSheet("Load by week");
            assertEquals(1, workbook.getSheetIndex(sheet), "beside the Workload sheet");
            Row header = sheet.getRow(0);
            assertEquals("2026-W53\n28 Dec", header.getCell(2).getStringCellValue());
            assertEquals("2027-W30\n26 Jul", header.getCell(32).getStringCellValue());
            assertEquals(1, sheet.getPaneInformation().getVerticalSplitLeftColumn(), "names frozen");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow(), "week headers frozen");

            Row dana = sheet.getRow(2);
            assertEquals("Dana", dana.getCell(0).getStringCellValue(), "the highest share next");
            assertEquals(85.2, dana.getCell(1).getNumericCellValue(), "2026-W52: Atlas only");
            assertEquals(223.7, dana.getCell(3).getNumericCellValue(), "2027-W01: with Phoenix");
            assertEquals(168.3, dana.getCell(28).getNumericCellValue(), "2027-W26: Phoenix three days of five");
            Row local = sheet.getRow(1);
            assertEquals("Local 1", local.getCell(0).getStringCellValue(), "the highest peak first: load without capacity tops every share");
            assertEquals(16.0, local.getCell(6).getNumericCellValue(), "2027-W04");
            assertEquals("no capacity", local.getCell(7).getStringCellValue(), "2027-W05, on holiday");
            assertEquals("no capacity", local.getCell(8).getStringCellValue(), "2027-W06, on holiday");
            assertEquals(0.0, local.getCell(1).getNumericCellValue(), "before Phoenix");

            XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
            assertEquals(1, formatting.getNumConditionalFormattings());
            assertEquals("B2:AG29", formatting.getConditionalFormattingAt(0).getFormattingRanges()[0].formatAsString());
            assertEquals("OR(B2=\"no capacity\",AND(ISNUMBER(B2),B2>150))", formatting.getConditionalFormattingAt(0).getRule(0).getFormula1());
            assertEquals("AND(ISNUMBER(B2),B2>100)", formatting.getConditionalFormattingAt(0).getRule(1).getFormula1());
        }
    }

    @Test
    void refusesBadSpansStepsAndDatesNamingTheParameter() {
        assertEquals(List.of("from: must not be after to (2027-01-01), not 2027-02-01"),
                api.get(team + "/workload?from=2027-02-01&to=2027-01-01").expect(400).problems());
        assertTrue(api.get(team + "/workload?from=2027-01-01&to=2030-01-02").expect(400).problems().get(0)
                .startsWith("to: must be at most 3 years after from (2027-01-01)"));
        assertEquals(List.of("by: must be week or month, not \"day\""), api.get(team + "/workload?by=day").expect(400).problems());
        assertEquals(List.of("from: must be a date such as 2027-01-04, not \"tomorrow\""),
                api.get(team + "/workload?from=tomorrow").expect(400).problems());
        assertTrue(api.get(team + "/workload?to=2026-12-01").expect(400).problems().get(0).startsWith("to: must not be before from (today"));
        assertEquals(List.of("at: must be a date such as 2027-01-04, not \"2027-02-30\""),
                api.get(team + "/warnings?at=2027-02-30").expect(400).problems());
        assertEquals(List.of("at: must be a date of the years 1 to 9999, not \"+999999999-12-31\""),
                api.get(team + "/warnings?at=%2B999999999-12-31").expect(400).problems());
        api.get(team + "/workload?from=2027-01-01&to=2030-01-01").expect(200);
        api.get("/api/v1/teams/999999/workload?by=week").expect(404);
    }

    @Test
    void countsMonthsByTheirWorkingDays() {
        Map<String, Object> months = api.get(team + "/workload?from=2027-01-01&to=2027-07-31&by=MONTH").expect(200).map();
        assertEquals(List.of("2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06", "2027-07"),
                list(months, "periods").stream().map(p -> p.get("label")).toList());
        // January: Phoenix runs 20 of 21 working days, so 34.06 + 55.4 × 20/21 = 86.8; June: all 22 days; July: none
        List<Double> dana = hours(person(months, s.dana()));
        assertEquals(86.8, dana.get(0));
        assertEquals(20, ((List<?>) list(months, "initiatives").get(1).get("runningDays")).get(0));
        assertEquals(89.5, dana.get(5));
        assertEquals(34.1, dana.get(6));
    }

    // ---- helpers ---------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
        return (List<Map<String, Object>>) body.get(key);
    }

    private static Map<String, Object> person(Map<String, Object> byPeriod, long id) {
        return list(byPeriod, "people").stream().filter(p -> num(p.get("person")) == id).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Double> hours(Map<String, Object> person) {
        return ((List<Map<String, Object>>) person.get("load")).stream().map(l -> dbl(l.get("loadHours"))).toList();
    }

    private Map<String, Object> only(String path, long person) {
        List<Map<String, Object>> found = api.get(path).expect(200).list().stream()
                .filter(w -> w.get("personId") != null && num(w.get("personId")) == person).toList();
        assertEquals(1, found.size(), path + ": " + found);
        return found.get(0);
    }

    private List<Object> codesOf(String path) {
        return api.get(path).expect(200).list().stream().map(w -> w.get("code")).toList();
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static double dbl(Object o) {
        return ((Number) o).doubleValue();
    }
}

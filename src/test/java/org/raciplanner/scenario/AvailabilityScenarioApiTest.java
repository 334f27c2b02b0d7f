package org.raciplanner.scenario;

import io.micronaut.context.annotation.Property;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.FixedClock;
import org.raciplanner.support.Previews;
import org.raciplanner.support.Startup;
import org.raciplanner.support.Workbooks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;
import static org.raciplanner.support.Previews.list;

/**
 * The scenario change {@code setAvailability} over HTTP: issue 15's holiday of Local 1 while they do an R
 * on Phoenix (dated 4 Jan – 30 Jun 2027), tried, kept and applied, judged on Monday 1 Feb 2027, the
 * holiday's first day.
 */
@MicronautTest
@Property(name = FixedClock.TODAY, value = "2027-02-01")
class AvailabilityScenarioApiTest {

    private static final Map<String, Object> HOLIDAY_WINDOW = map("from", "2027-02-01", "to", "2027-02-14", "capacityHours", 0,
            "note", "Holiday");

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
        api.post(s.base(s.project()) + "/responsibilities", map("key", "acceptance-tests", "name", "Acceptance tests",
                "category", "EXECUTION", "effortHours", 6)).expect(201);
        api.put(s.base(s.project()) + "/matrix/acceptance-tests/" + local1, map("letters", "R")).expect(200);
    }

    @Test
    void aHolidayWhileHoldingAnROverloadsLocal1InExactlyThoseWeeksAndSavesNothing() {
        Map<String, Object> result = api.post(team + "/what-if", Map.of("changes", List.of(holiday(local1)))).expect(200).map();

        Map<String, Object> overload = list(result, "introduced").stream()
                .filter(w -> w.get("id").equals("CAPACITY_OVERLOAD:p" + local1)).findFirst().orElseThrow();
        assertEquals("ERROR", overload.get("severity"));
        assertEquals(List.of(Map.of("from", "2027-02-01", "to", "2027-02-14", "weeks", 2, "peakStart", "2027-02-01",
                "peakHours", 6.4, "capacityHours", 0.0)), ((Map<?, ?>) overload.get("figures")).get("windows"),
                "2027-W05 and W06, and no other week");
        assertEquals(1, list(result, "introduced").size(), list(result, "introduced").toString());
        assertEquals(List.of(map("person", local1, "name", "Local 1", "before", map("loadHours", 6.4, "loadPercent", 16.0,
                        "peakLoadPercent", 16.0, "peakStart", "2027-02-01"),
                "after", map("loadHours", 6.4, "loadPercent", null, "peakLoadPercent", null, "peakStart", "2027-02-01"))).toString(),
                result.get("workload").toString(),
                "this week's figures: the same 6.4 h of work, no capacity left to share it by");
        assertEquals(List.of(), result.get("cells"));
        assertEquals(map("before", ((Map<?, ?>) result.get("errors")).get("before"),
                "after", ((Number) ((Map<?, ?>) result.get("errors")).get("before")).intValue() + 1), result.get("errors"));

        assertEquals(List.of(), api.get(team + "/people/" + local1 + "/availability").expect(200).list(), "nothing was saved");
        assertEquals(List.of(), api.get(team + "/warnings?code=CAPACITY_OVERLOAD&personId=" + local1).expect(200).list());
    }

    @Test
    void anAppliedScenarioCutsTheHolidayIntoTheWindowsAndTheHistoryNamesIt() throws IOException {
        String availability = team + "/people/" + local1 + "/availability";
        api.put(availability, List.of(map("from", "2027-01-04", "to", "2027-03-28", "capacityHours", 20, "note", "Part-time")))
                .expect(200);
        List<Object> changes = List.of(
                map("type", "addPerson", "ref", "new:casey", "name", "Casey", "email", "casey@example.com"),
                holiday(local1),
                map("type", "setAvailability", "person", "new:casey", "from", "2027-03-01", "to", "2027-03-31", "capacityHours", 20));
        long id = api.post(team + "/scenarios", map("name", "Holidays", "changes", changes)).expect(201).id();
        assertEquals(changes.toString(), api.get(team + "/scenarios/" + id).expect(200).map().get("changes").toString(),
                "kept as sent");
        assertTrue(changesSheet(api.download(team + "/scenarios/" + id + "/raci.xlsx").expect(200).body())
                .contains("Local 1: 0 h a week from 2027-02-01 to 2027-02-14 (Holiday)"), "the scenario's workbook says it in words");
        List<Map<String, Object>> before = api.get(team + "/warnings").expect(200).list();
        Map<String, Object> preview = api.get(team + "/scenarios/" + id).expect(200).map();

        Map<String, Object> applied = api.post(team + "/scenarios/" + id + "/apply", Map.of()).expect(200).map();

        assertEquals(preview.get("result"), applied.get("result"));
        assertEquals(List.of(map("from", "2027-01-04", "to", "2027-01-31", "capacityHours", 20, "note", "Part-time"), HOLIDAY_WINDOW,
                map("from", "2027-02-15", "to", "2027-03-28", "capacityHours", 20, "note", "Part-time")),
                api.get(availability).expect(200).list(), "the holiday cut into the part-time spell");
        long casey = api.get(team + "/people?size=100").expect(200).list().stream().filter(p -> p.get("name").equals("Casey"))
                .map(p -> ((Number) p.get("id")).longValue()).findFirst().orElseThrow();
        assertEquals(List.of(map("from", "2027-03-01", "to", "2027-03-31", "capacityHours", 20)),
                api.get(team + "/people/" + casey + "/availability").expect(200).list());
        assertEquals(new TreeSet<>(Previews.after(before, (Map<String, Object>) preview.get("result")).keySet()).toString()
                .replace("p-1", "p" + casey), new TreeSet<>(Previews.byId(api.get(team + "/warnings").expect(200).list()).keySet())
                .toString(), "the warnings the preview said, Casey under the id the roster gave");

        List<Map<String, Object>> entries = api.get(team + "/history?scenarioId=" + id).expect(200).list();
        assertEquals(List.of("scenario.applied", "availability.replaced", "availability.replaced", "person.created"),
                entries.stream().map(e -> e.get("action")).toList(), "newest first");
        assertTrue(entries.stream().allMatch(e -> e.get("scenario").toString().equals(map("id", id, "name", "Holidays").toString())));
        Map<String, Object> local1s = api.get(team + "/history?personId=" + local1).expect(200).list().get(0);
        assertEquals("availability.replaced", local1s.get("action"));
        assertEquals(List.of(map("from", "2027-01-04", "to", "2027-03-28", "capacityHours", 20, "note", "Part-time")),
                local1s.get("before"));
    }

    @Test
    void refusesABadWindowWith400AndAPersonTheTeamDoesNotHaveWith422NamingEachChange() {
        long stranger = api.person(api.team("Other"), "Ola");
        assertEquals(List.of(
                "changes[0].to: must not be before from (2027-02-14), not 2027-02-01",
                "changes[1].capacityHours: must be a number of hours from 0 to 168, not -0.5",
                "changes[2].from: must be a date of the years 1 to 9999, not \"+10000-01-01\"",
                "changes[2].to: must be a date of the years 1 to 9999, not \"+10000-01-02\"",
                "changes[3].note: must be at most 200 characters"),
                api.post(team + "/what-if", Map.of("changes", List.of(
                        window(local1, "2027-02-14", "2027-02-01", 0),
                        window(local1, "2027-02-01", "2027-02-14", -0.5),
                        window(local1, "+10000-01-01", "+10000-01-02", 0),
                        map("type", "setAvailability", "person", local1, "from", "2027-02-01", "to", "2027-02-01",
                                "capacityHours", 0, "note", "x".repeat(201))))).expect(400).problems());
        assertEquals(List.of(
                "changes[0].person: person " + stranger + " is not on this team",
                "changes[1].person: \"new:ana\" is not the ref of an earlier addPerson change"),
                api.post(team + "/scenarios", map("name", "Nobody", "changes", List.of(holiday(stranger),
                        window("new:ana", "2027-02-01", "2027-02-14", 0)))).expect(422).problems());
        assertEquals(List.of(), api.get(team + "/scenarios").expect(200).list(), "nothing kept");
    }

    private static List<String> changesSheet(byte[] workbook) throws IOException {
        try (XSSFWorkbook file = Workbooks.open(workbook)) {
            List<String> texts = new ArrayList<>();
            file.getSheet("Changes").forEach(row -> row.forEach(cell -> texts.add(cell.getStringCellValue())));
            return texts;
        }
    }

    private static Map<String, Object> holiday(Object person) {
        Map<String, Object> change = window(person, "2027-02-01", "2027-02-14", 0);
        change.put("note", "Holiday");
        return change;
    }

    private static Map<String, Object> window(Object person, String from, String to, Object capacityHours) {
        return map("type", "setAvailability", "person", person, "from", from, "to", to, "capacityHours", capacityHours);
    }
}

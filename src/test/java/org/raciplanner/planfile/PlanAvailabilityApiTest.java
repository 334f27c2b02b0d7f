package org.raciplanner.planfile;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.FixedClock;
import org.raciplanner.support.Previews;
import org.raciplanner.support.Reply;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;

/**
 * People's availability windows and the team's horizon in plan files: exported, put back without a
 * change, changed as an update of the person with the difference it makes, applied through the
 * availability write path, and refused at their place when wrong. Judged on Monday 1 Feb 2027.
 */
@MicronautTest
@Property(name = FixedClock.TODAY, value = "2027-02-01")
class PlanAvailabilityApiTest {

    static final String YAML = "application/yaml";
    static final String JSON = "application/json";

    @Inject
    Api api;

    @Test
    void putsBackItsOwnExportOfATeamWithWindowsAndAHorizonWithoutAChange() {
        long team = api.team("Windows");
        long dana = api.person(team, "Dana");
        long lee = api.person(team, "Lee");
        api.put(availability(team, dana), List.of(map("from", "2027-03-01", "to", "2027-06-30", "capacityHours", 20.5),
                map("from", "2027-02-01", "to", "2027-02-14", "capacityHours", 0, "note", "Holiday"))).expect(200);
        api.put(availability(team, lee), List.of(map("from", "2026-12-24", "to", "2027-01-01", "capacityHours", 0))).expect(200);
        api.patch("/api/v1/teams/" + team + "/settings", map("horizonWeeks", 30)).expect(200);

        Reply json = get(team, JSON);
        assertTrue(json.body().contains("\"horizonWeeks\" : 30"), json.body());
        Map<String, Object> people = (Map<String, Object>) json.map().get("people");
        assertEquals(map("name", "Dana", "availability", List.of(
                map("from", "2027-02-01", "to", "2027-02-14", "capacityHours", 0, "note", "Holiday"),
                map("from", "2027-03-01", "to", "2027-06-30", "capacityHours", 20.5))), people.get("dana@example.com"));
        String yaml = get(team, YAML).body();
        assertTrue(yaml.contains("  dana@example.com:\n    name: Dana\n    availability:\n"
                + "    - {from: 2027-02-01, to: 2027-02-14, capacityHours: 0, note: Holiday}\n"
                + "    - {from: 2027-03-01, to: 2027-06-30, capacityHours: 20.5}\n"), yaml);

        long version = version(team);
        assertEquals(List.of(), put(team, JSON, json.body(), "").expect(200).map().get("changes"), json.body());
        assertEquals(List.of(), put(team, YAML, yaml, "").expect(200).map().get("changes"), yaml);
        assertEquals(version, version(team), "nothing was written");
        assertEquals(List.of(), put(team, YAML, "settings: {horizonWeeks: 30}\n", "").expect(200).map().get("changes"),
                "the horizon as it is: no change");
    }

    @Test
    void aHolidayInTheFileIsAnUpdateOfThePersonWithItsOverloadAndIsAppliedWithTheCauseInTheHistory() {
        long team = api.team("Holiday");
        long lee = api.person(team, "Lee");
        long project = api.project(team, "Phoenix");
        String base = "/api/v1/teams/" + team + "/initiatives/" + project;
        api.post(base + "/responsibilities", map("key", "acceptance-tests", "name", "Acceptance tests", "effortHours", 6)).expect(201);
        api.put(base + "/matrix/acceptance-tests/" + lee, map("letters", "R")).expect(200);
        String file = "people:\n  lee@example.com:\n    name: Lee\n    availability:\n"
                + "      - {from: 2027-02-01, to: 2027-02-14, capacityHours: 0, note: Holiday}\n";

        Map<String, Object> dryRun = put(team, YAML, file, "?dryRun=true").expect(200).map();
        assertEquals(List.of(map("op", "update", "kind", "person", "key", "lee@example.com", "before", map("name", "Lee"),
                "after", map("name", "Lee", "availability", List.of(map("from", "2027-02-01", "to", "2027-02-14", "capacityHours", 0,
                        "note", "Holiday"))))), dryRun.get("changes"));
        Map<String, Object> result = (Map<String, Object>) dryRun.get("result");
        assertEquals(List.of("CAPACITY_OVERLOAD:p" + lee), Previews.list(result, "introduced").stream().map(w -> w.get("id")).toList());
        assertEquals(List.of(map("person", lee, "name", "Lee", "before", map("loadHours", 6.0, "loadPercent", 15.0,
                        "peakLoadPercent", 15.0, "peakStart", "2027-02-01"),
                "after", map("loadHours", 6.0, "loadPercent", null, "peakLoadPercent", null, "peakStart", "2027-02-01"))).toString(),
                result.get("workload").toString(), "this week's, and the horizon's peak: work without capacity");
        assertEquals(List.of(), api.get(availability(team, lee)).expect(200).list(), "a dry run writes nothing");

        assertEquals(dryRun.get("changes"), put(team, YAML, file, "").expect(200).map().get("changes"));
        assertEquals(List.of(map("from", "2027-02-01", "to", "2027-02-14", "capacityHours", 0, "note", "Holiday")),
                api.get(availability(team, lee)).expect(200).list());
        Map<String, Object> entry = api.get("/api/v1/teams/" + team + "/history?personId=" + lee).expect(200).list().get(0);
        assertEquals("availability.replaced", entry.get("action"));
        assertEquals("plan apply", entry.get("cause"));
        assertEquals(1, api.get("/api/v1/teams/" + team + "/warnings?code=CAPACITY_OVERLOAD").expect(200).list().size());

        Map<String, Object> cleared = put(team, YAML, "people:\n  lee@example.com: {name: Lee}\n", "").expect(200).map();
        assertEquals(List.of("update person lee@example.com"), summary(cleared), "left out, a person has no windows");
        assertEquals(List.of(), api.get(availability(team, lee)).expect(200).list());
    }

    @Test
    void createsAPersonWithTheirWindows() {
        long team = api.team("Joiners");
        String file = "{\"people\": {\"casey@example.com\": {\"name\": \"Casey\", \"availability\": ["
                + "{\"from\": \"2027-03-01\", \"to\": \"2027-03-31\", \"capacityHours\": 20}]}}}";
        assertEquals(List.of("create person casey@example.com"), summary(put(team, JSON, file, "").expect(200).map()));
        long casey = ((Number) api.get("/api/v1/teams/" + team + "/people").expect(200).list().get(0).get("id")).longValue();
        assertEquals(List.of(map("from", "2027-03-01", "to", "2027-03-31", "capacityHours", 20)),
                api.get(availability(team, casey)).expect(200).list());
        assertEquals(List.of(), put(team, JSON, file, "").expect(200).map().get("changes"));
    }

    @Test
    void namesEveryBadWindowAtItsPlaceAndWritesNothing() {
        long team = api.team("Bad windows");
        long dana = api.person(team, "Dana");
        String file = """
                people:
                  dana@example.com:
                    name: Dana
                    availability:
                      - {from: 2027-03-01, to: 2027-03-31, capacityHours: 20}
                      - {from: 2027-03-31, to: 2027-04-10, capacityHours: 0}
                      - {from: 2027-05-10, to: 2027-05-01, capacityHours: 0}
                      - {from: 2027-06-01, to: 2027-06-02, capacityHours: -1}
                      - {from: 2027-02-30, to: 2027-07-02, capacityHours: 0, hours: 3}
                      - {to: 2027-08-01, capacityHours: 2.25}
                      - not a window
                  lee@example.com: {name: Lee, availability: {from: 2027-01-01}}
                """;
        PlanRefusalsApiTest.assertStartWith(List.of(
                "6:16 /people/dana@example.com/availability/1/from: this window overlaps the one at /people/dana@example.com/availability/0"
                        + " (2027-03-01 to 2027-03-31)",
                "7:32 /people/dana@example.com/availability/2/to: to (2027-05-01) must not be before from (2027-05-10)",
                "8:59 /people/dana@example.com/availability/3/capacityHours: capacityHours must be greater than or equal to 0",
                "9:16 /people/dana@example.com/availability/4/from: from must be a date like 2027-01-04",
                "9:62 /people/dana@example.com/availability/4/hours: 'hours' is not a field of an availability window",
                "10:9 /people/dana@example.com/availability/5: 'from' is missing",
                "10:41 /people/dana@example.com/availability/5/capacityHours: capacityHours must be a number with at most 1 decimal",
                "11:9 /people/dana@example.com/availability/6: an availability window must be an object",
                "12:46 /people/lee@example.com/availability: availability must be a list of windows"),
                PlanRefusalsApiTest.located(put(team, YAML, file, "").expect(400)));
        assertEquals(List.of(), api.get(availability(team, dana)).expect(200).list(), "nothing was written");
        assertEquals(List.of("/people/a@example.com/availability/0/to: to must be a date of the years 1 to 9999, not +10000-01-01"),
                PlanRefusalsApiTest.located(put(team, JSON, "{\"people\": {\"a@example.com\": {\"name\": \"A\", \"availability\": "
                        + "[{\"from\": \"2027-01-01\", \"to\": \"+10000-01-01\", \"capacityHours\": 0}]}}}", "").expect(400)).stream()
                        .map(p -> p.substring(p.indexOf(' ') + 1)).toList());
    }

    private static String availability(long team, long person) {
        return "/api/v1/teams/" + team + "/people/" + person + "/availability";
    }

    private Reply get(long team, String accept) {
        return api.raw("GET", "/api/v1/teams/" + team + "/plan", null, null, Map.of("Accept", accept)).expect(200);
    }

    private Reply put(long team, String contentType, String body, String query) {
        return api.raw("PUT", "/api/v1/teams/" + team + "/plan" + query, contentType, body, Map.of());
    }

    private long version(long team) {
        return Long.parseLong(get(team, JSON).header("ETag").replace("\"", ""));
    }

    private static List<String> summary(Map<String, Object> outcome) {
        return StartupPlanApiTest.changes(outcome).stream().map(c -> c.get("op") + " " + c.get("kind") + " " + c.get("key")).toList();
    }

}

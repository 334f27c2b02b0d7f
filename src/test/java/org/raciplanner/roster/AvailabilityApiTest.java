package org.raciplanner.roster;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;

/** {@code PUT …/people/{id}/availability}: the whole list replaced, all or nothing, in the history. */
@MicronautTest
class AvailabilityApiTest {

    @Inject
    Api api;

    private static Map<String, Object> window(String from, String to, Object capacityHours) {
        return map("from", from, "to", to, "capacityHours", capacityHours);
    }

    @Test
    void replacesThePersonsWindowsAndKeepsTheChangeInTheHistory() {
        long team = api.team("Holidays");
        long dana = api.person(team, "Dana");
        String path = "/api/v1/teams/" + team + "/people/" + dana + "/availability";
        assertEquals(List.of(), api.get(path).expect(200).list());

        List<Map<String, Object>> windows = List.of(window("2027-03-01", "2027-06-30", 20),
                map("from", "2027-02-01", "to", "2027-02-14", "capacityHours", 0, "note", "Holiday"));
        List<Map<String, Object>> stored = api.put(path, windows).expect(200).list();
        assertEquals(List.of(map("from", "2027-02-01", "to", "2027-02-14", "capacityHours", 0, "note", "Holiday"),
                window("2027-03-01", "2027-06-30", 20)), stored, "in date order");
        assertEquals(stored, api.get(path).expect(200).list());

        api.put(path, windows).expect(200);
        List<Map<String, Object>> history = api.get("/api/v1/teams/" + team + "/history?personId=" + dana).expect(200).list();
        assertEquals(List.of("availability.replaced", "person.created"), history.stream().map(e -> e.get("action")).toList(),
                "the same windows again change nothing");
        assertEquals(List.of(), history.get(0).get("before"));
        assertEquals(stored, history.get(0).get("after"));

        assertEquals(List.of(), api.put(path, List.of()).expect(200).list(), "[] clears them");
        assertEquals(List.of(), api.get(path).expect(200).list());
    }

    @Test
    void refusesBadWindowsNamingTheFieldAndStoresNothing() {
        long team = api.team("Bad windows");
        long dana = api.person(team, "Dana");
        String path = "/api/v1/teams/" + team + "/people/" + dana + "/availability";
        List<Map<String, Object>> kept = api.put(path, List.of(window("2027-02-01", "2027-02-14", 0))).expect(200).list();

        assertEquals(List.of("[1].to: must not be before from (2027-05-10), not 2027-05-01"),
                api.put(path, List.of(window("2027-03-01", "2027-03-05", 0), window("2027-05-10", "2027-05-01", 0))).expect(400).problems());
        assertEquals(List.of("[2].from: overlaps window [0] (2027-03-01 to 2027-03-31)"),
                api.put(path, List.of(window("2027-03-01", "2027-03-31", 20), window("2027-05-01", "2027-05-02", 0),
                        window("2027-03-31", "2027-04-10", 0))).expect(400).problems());
        assertEquals(List.of("[0].capacityHours: must be greater than or equal to 0"),
                api.put(path, List.of(window("2027-03-01", "2027-03-05", -1))).expect(400).problems());
        assertTrue(api.put(path, List.of(window("2027-03-01", "2027-03-05", 169))).expect(400).problems().get(0)
                .startsWith("[0].capacityHours:"));
        assertEquals(List.of("[0].to: must be a date of the years 1 to 9999"),
                api.put(path, List.of(window("2027-03-01", "+999999999-12-31", 0))).expect(400).problems());
        assertEquals(List.of("[0].from: must not be null"), api.put(path, List.of(map("to", "2027-03-05", "capacityHours", 0)))
                .expect(400).problems());
        List<String> badDate = api.put(path, List.of(window("2027-13-01", "2027-03-05", 0))).expect(400).problems();
        assertTrue(badDate.get(0).startsWith("[0].from:"), badDate.toString());
        assertTrue(api.put(path, List.of(map("from", "2027-03-01", "to", "2027-03-05", "capacityHours", 0, "hours", 3)))
                .expect(400).problems().get(0).startsWith("[0].hours: is not a field"));
        assertTrue(api.put(path, map("from", "2027-03-01")).expect(400).problems().get(0).startsWith("body: must be a JSON array"));

        assertEquals(kept, api.get(path).expect(200).list(), "nothing stored");
        assertEquals(1, api.get("/api/v1/teams/" + team + "/history?personId=" + dana).expect(200).list().stream()
                .filter(e -> e.get("action").equals("availability.replaced")).count());
    }

    @Test
    void answersLikeTheRestOfTheRosterForStrangersAndReaders() {
        long team = api.team("Mine");
        long other = api.team("Theirs");
        long theirs = api.person(other, "Ola");
        String viewer = api.token(team, "vic", "VIEWER");
        long dana = api.person(team, "Dana");

        api.put("/api/v1/teams/" + team + "/people/" + theirs + "/availability", List.of()).expect(404);
        api.get("/api/v1/teams/" + team + "/people/999999/availability").expect(404);
        api.as(viewer).get("/api/v1/teams/" + team + "/people/" + dana + "/availability").expect(200);
        api.as(viewer).put("/api/v1/teams/" + team + "/people/" + dana + "/availability", List.of()).expect(403);
    }

    @Test
    void deletingAPersonTakesTheirWindowsAlong() {
        long team = api.team("Leavers");
        long dana = api.person(team, "Dana");
        api.put("/api/v1/teams/" + team + "/people/" + dana + "/availability", List.of(window("2027-02-01", "2027-02-14", 0)))
                .expect(200);
        api.delete("/api/v1/teams/" + team + "/people/" + dana).expect(204);
        api.get("/api/v1/teams/" + team + "/people/" + dana + "/availability").expect(404);
    }
}

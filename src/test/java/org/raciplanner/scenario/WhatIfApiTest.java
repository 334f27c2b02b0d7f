package org.raciplanner.scenario;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Previews;
import org.raciplanner.support.Startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Previews.COMMUNICATION;
import static org.raciplanner.support.Previews.list;
import static org.raciplanner.support.Previews.loadOf;
import static org.raciplanner.support.Api.map;

/** POST …/what-if: the difference changes would make, saving nothing; and every way to send bad changes. */
@MicronautTest
class WhatIfApiTest {

    @Inject
    Api api;

    @Test
    void previewsDanasReliefWithoutChangingAnything() {
        Startup s = api.startup();
        String team = "/api/v1/teams/" + s.team();
        List<Map<String, Object>> warnings = api.get(team + "/warnings").expect(200).list();
        Map<String, Object> launch = api.matrix(s.base(s.project()));
        Map<String, Object> product = api.matrix(s.base(s.product()));

        Map<String, Object> result = api.post(team + "/what-if", Map.of("changes", Previews.relieveDana(s))).expect(200).map();

        Map<String, Object> dana = loadOf(result, s.dana());
        String week = ((Map<?, ?>) dana.get("before")).get("peakStart").toString();
        assertEquals(map("loadHours", 89.5, "loadPercent", 223.7, "peakLoadPercent", 223.7, "peakStart", week), dana.get("before"),
                "undated initiatives: every week is the peak, the first one named");
        assertEquals(map("loadHours", 42.7, "loadPercent", 106.8, "peakLoadPercent", 106.8, "peakStart", week), dana.get("after"),
                "her load falls, as the load model says");
        assertTrue(list(result, "resolved").stream().anyMatch(w -> w.get("id").equals("ROLE_CONFLICT:p" + s.dana()
                + ":product-manager+product-owner")), "the product manager + product owner conflict is resolved");
        Map<String, Object> overload = list(result, "changed").stream().filter(c -> ((Map<?, ?>) c.get("after")).get("id")
                .equals("CAPACITY_OVERLOAD:p" + s.dana())).findFirst().orElseThrow();
        assertEquals("ERROR", ((Map<?, ?>) overload.get("before")).get("severity"));
        assertEquals("WARNING", ((Map<?, ?>) overload.get("after")).get("severity"), "223.7 % falls to 106.8 %: over 100, under 150");
        assertEquals(map("before", 2, "after", 1), result.get("errors"));
        assertTrue(list(result, "introduced").stream().anyMatch(w -> w.get("id").equals("COMMUNICATION_SPAN:i" + s.project()
                + ":" + COMMUNICATION + ":p" + s.local().get(1))), () -> "Local 2 now syncs all 27: " + list(result, "introduced"));
        assertTrue(((List<?>) result.get("cells")).stream().map(String::valueOf).toList().contains(map("initiativeId", s.project(),
                "responsibility", COMMUNICATION, "person", s.dana(), "before", "RA", "after", null).toString()), "Dana's RA goes");

        assertEquals(warnings, api.get(team + "/warnings").expect(200).list(), "nothing was saved");
        assertEquals(launch, api.matrix(s.base(s.project())));
        assertEquals(product, api.matrix(s.base(s.product())));
    }

    @Test
    void showsAPersonTheChangesAddByTheirRef() {
        Startup s = api.startup();
        Map<String, Object> result = api.post("/api/v1/teams/" + s.team() + "/what-if", Map.of("changes", List.of(
                map("type", "addPerson", "ref", "new:casey", "name", "Casey", "email", "casey@example.com", "remote", true),
                map("type", "staff", "initiativeId", s.project(), "role", "project-coordinator", "person", "new:casey"))))
                .expect(200).map();
        Map<String, Object> casey = loadOf(result, -1);
        assertEquals("new:casey", casey.get("ref"));
        assertEquals("Casey", casey.get("name"));
        assertTrue(!casey.containsKey("before"), "Casey was not on the team");
        assertTrue(((Number) ((Map<?, ?>) casey.get("after")).get("loadHours")).doubleValue() > 0);
    }

    @Test
    void anEmptyListChangesNothing() {
        Startup s = api.startup();
        Map<String, Object> result = api.post("/api/v1/teams/" + s.team() + "/what-if", Map.of("changes", List.of())).expect(200).map();
        assertEquals(List.of(), result.get("cells"));
        assertEquals(List.of(), result.get("workload"));
        assertEquals(api.get("/api/v1/teams/" + s.team() + "/warnings").expect(200).list().size(),
                ((Map<?, ?>) result.get("warnings")).get("unchanged"));
    }

    @Test
    void namesEveryMalformedChangeByIndexAndField() {
        Startup s = api.startup();
        List<String> problems = api.post("/api/v1/teams/" + s.team() + "/what-if", Map.of("changes", List.of(
                map("type", "setCell", "initiativeId", s.project(), "responsibility", "budget", "person", s.dana(), "letters", "X"),
                map("type", "staff", "initiativeId", "one", "role", "sponsor", "person", s.dana(), "colour", "red"),
                map("type", "warp"),
                map("type", "addPerson", "ref", "new:bo", "name", "Bo", "email", "not-an-address"))))
                .expect(400).problems();
        assertEquals(List.of(
                "changes[0].letters: \"X\" is not one of R, A, C, I, RA",
                "changes[1].initiativeId: must be a whole number above 0, not \"one\"",
                "changes[1].colour: is not a field of staff",
                "changes[2].type: must be one of setCell, moveCell, staff, unstaff, setCapacity, setCommunicatesVia, addPerson,"
                        + " setAvailability, addResponsibility, not \"warp\""),
                problems, "shape first: the e-mail is checked once the list reads");
        assertEquals(List.of("changes[0].email: must be an e-mail address like dana@example.com"),
                api.post("/api/v1/teams/" + s.team() + "/what-if", Map.of("changes", List.of(
                        map("type", "addPerson", "ref", "new:bo", "name", "Bo", "email", "not-an-address")))).expect(400).problems());
        assertEquals(List.of("changes: must be an array of changes, not null"),
                api.post("/api/v1/teams/" + s.team() + "/what-if", Map.of()).expect(400).problems());
        assertEquals(List.of("colour: is not a field of this request"), api.post("/api/v1/teams/" + s.team() + "/what-if",
                Map.of("changes", List.of(), "colour", "red")).expect(400).problems().stream()
                .map(p -> p.replaceAll("colour: .*", "colour: is not a field of this request")).toList());
    }

    @Test
    void refusesChangesThatNameWhatTheTeamDoesNotHaveWith422() {
        Startup s = api.startup();
        List<String> problems = api.post("/api/v1/teams/" + s.team() + "/what-if", Map.of("changes", List.of(
                map("type", "setCell", "initiativeId", 99999, "responsibility", "budget", "person", s.dana(), "letters", "A"),
                map("type", "setCell", "initiativeId", s.project(), "responsibility", "pricing", "person", s.dana(), "letters", "A"),
                map("type", "setCell", "initiativeId", s.project(), "responsibility", "budget", "person", 99999, "letters", "A"),
                map("type", "staff", "initiativeId", s.project(), "role", "product-owner", "person", s.dana()),
                map("type", "setCapacity", "person", "new:ana", "capacityHours", 20),
                map("type", "addPerson", "ref", "new:ana", "name", "Ana", "email", "ana@example.com"),
                map("type", "addPerson", "ref", "new:ana", "name", "Ana", "email", "ana2@example.com"))))
                .expect(422).problems();
        assertEquals(List.of(
                "changes[0].initiativeId: initiative 99999 is not on this team",
                "changes[1].responsibility: 'pricing' is not a responsibility of Atlas launch",
                "changes[2].person: person 99999 is not on this team",
                "changes[3].role: 'product-owner' is not a role of template delivery-project (roles: project-manager,"
                        + " project-coordinator, sponsor, delivery-team)",
                "changes[4].person: \"new:ana\" is not the ref of an earlier addPerson change",
                "changes[6].ref: \"new:ana\" is already the ref of an earlier addPerson change"), problems);
    }

    @Test
    void refusesMoreThanAThousandChangesWith413() {
        Startup s = api.startup();
        List<Object> many = new ArrayList<>();
        for (int i = 0; i <= 1_000; i++) {
            many.add(map("type", "setCapacity", "person", s.dana(), "capacityHours", 30));
        }
        assertEquals(List.of("changes: holds 1001 changes; at most 1000"),
                api.post("/api/v1/teams/" + s.team() + "/what-if", Map.of("changes", many)).expect(413).problems());
    }

    @Test
    void anyReaderMayPreviewAndAnotherTeamIsNotFound() {
        Startup s = api.startup();
        String viewer = api.token(s.team(), "val", "VIEWER");
        api.as(viewer).post("/api/v1/teams/" + s.team() + "/what-if", Map.of("changes", Previews.relieveDana(s))).expect(200);
        long other = api.team("Other");
        api.as(viewer).post("/api/v1/teams/" + other + "/what-if", Map.of("changes", List.of())).expect(404);
        api.post("/api/v1/teams/999999/what-if", Map.of("changes", List.of())).expect(404);
    }
}

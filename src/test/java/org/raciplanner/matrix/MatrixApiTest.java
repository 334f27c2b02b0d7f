package org.raciplanner.matrix;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.analysis.Letters;
import org.raciplanner.support.Api;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;

@MicronautTest
class MatrixApiTest {

    @Inject
    Api api;

    @Test
    void readsBackACustomRowAndTwoCellsExactly() {
        long team = api.team("Matrix");
        List<Long> p = api.people(team, "M", 2);
        long project = api.project(team, "Phoenix");
        String base = "/api/v1/teams/" + team + "/initiatives/" + project;
        var row = api.post(base + "/responsibilities", map("key", "vendor-contracts", "name", "Vendor contracts",
                "category", "EXECUTION", "effortHours", 2.5)).expect(201).map();
        assertEquals(2.5, ((Number) row.get("effortHours")).doubleValue());

        assertEquals("RA", api.put(base + "/matrix/vendor-contracts/" + p.get(0), map("letters", "ar")).expect(200).map().get("letters"));
        api.put(base + "/matrix/vendor-contracts/" + p.get(1), map("letters", "c")).expect(200);

        var matrix = api.get(base + "/matrix").expect(200);
        Map<String, Object> body = matrix.map();
        assertEquals(List.of(map("key", "vendor-contracts", "name", "Vendor contracts", "category", "EXECUTION", "effortHours", 2.5)),
                body.get("responsibilities"));
        assertEquals(List.of(
                map("responsibility", "vendor-contracts", "person", p.get(0).intValue(), "letters", "RA", "source", "MANUAL"),
                map("responsibility", "vendor-contracts", "person", p.get(1).intValue(), "letters", "C", "source", "MANUAL")),
                body.get("cells"));
        assertEquals(2, ((List<?>) body.get("people")).size());
        assertEquals("\"" + body.get("version") + "\"", matrix.header("ETag"));
    }

    @Test
    void refusesUnknownLettersNamingTheAllowedValues() {
        long team = api.team("Letters");
        long dana = api.person(team, "Dana");
        long project = api.project(team, "P");
        String base = "/api/v1/teams/" + team + "/initiatives/" + project;
        api.post(base + "/responsibilities", map("key", "risk", "name", "Risk")).expect(201);
        var reply = api.put(base + "/matrix/risk/" + dana, map("letters", "X")).expect(400);
        assertEquals(List.of("letters: \"X\" is not one of R, A, C, I, RA"), reply.problems());
        api.put(base + "/matrix/risk/" + dana, map("letters", "AC")).expect(400);
        assertEquals(List.of(), api.get(base + "/matrix").map().get("cells"));
    }

    @Test
    void clearsACell() {
        long team = api.team("Clear");
        long dana = api.person(team, "Dana");
        long project = api.project(team, "P");
        String base = "/api/v1/teams/" + team + "/initiatives/" + project;
        api.post(base + "/responsibilities", map("key", "risk", "name", "Risk")).expect(201);
        api.put(base + "/matrix/risk/" + dana, map("letters", "R")).expect(200);
        api.delete(base + "/matrix/risk/" + dana).expect(204);
        assertEquals(List.of(), api.get(base + "/matrix").map().get("cells"));
    }

    @Test
    void refusesAWriteBasedOnAStaleVersion() {
        long team = api.team("Stale");
        long dana = api.person(team, "Dana");
        long project = api.project(team, "P");
        String base = "/api/v1/teams/" + team + "/initiatives/" + project;
        api.post(base + "/responsibilities", map("key", "risk", "name", "Risk")).expect(201);
        String etag = api.get(base + "/matrix").header("ETag");
        String next = api.put(base + "/matrix/risk/" + dana, map("letters", "R"), Map.of("If-Match", etag)).expect(200).header("ETag");
        var refused = api.put(base + "/matrix/risk/" + dana, map("letters", "A"), Map.of("If-Match", etag)).expect(412);
        assertTrue(refused.map().get("detail").toString().contains("changed since you read it"));
        api.delete(base + "/matrix/risk/" + dana, Map.of("If-Match", etag)).expect(412);
        api.put(base + "/matrix/risk/" + dana, map("letters", "A"), Map.of("If-Match", next)).expect(200);
        assertEquals("A", ((Map<?, ?>) ((List<?>) api.get(base + "/matrix").map().get("cells")).get(0)).get("letters"));
    }

    @Test
    void refusesDuplicateAndMalformedRowKeys() {
        long team = api.team("Rows");
        long project = api.project(team, "P");
        String rows = "/api/v1/teams/" + team + "/initiatives/" + project + "/responsibilities";
        api.post(rows, map("key", "budget", "name", "Budget")).expect(201);
        assertEquals(List.of("key: already exists on this initiative"),
                api.post(rows, map("key", "budget", "name", "Budget again")).expect(409).problems());
        api.post(rows, map("key", "Budget Plan", "name", "x")).expect(400);
        api.post(rows, map("key", "ok", "name", "x", "effortHours", -1)).expect(400);
        api.post(rows, map("key", "ok", "name", "x", "category", "TACTICS")).expect(400);
    }

    @Test
    void changesAndRemovesARow() {
        long team = api.team("Row edits");
        long dana = api.person(team, "Dana");
        long project = api.project(team, "P");
        String base = "/api/v1/teams/" + team + "/initiatives/" + project;
        api.post(base + "/responsibilities", map("key", "risk", "name", "Risk")).expect(201);
        api.put(base + "/matrix/risk/" + dana, map("letters", "R")).expect(200);
        assertEquals(4, ((Number) api.patch(base + "/responsibilities/risk", map("effortHours", 4)).expect(200)
                .map().get("effortHours")).intValue());
        assertTrue(api.patch(base + "/responsibilities/risk", map("effortHours", 10)).expect(200).body()
                .contains("\"effortHours\":10}"), "whole hours are written as people write them");
        api.delete(base + "/responsibilities/risk").expect(204);
        var matrix = api.get(base + "/matrix").map();
        assertEquals(List.of(), matrix.get("responsibilities"));
        assertEquals(List.of(), matrix.get("cells"));
    }

    @Test
    void answers404ForUnknownRowsPeopleAndInitiatives() {
        long team = api.team("Unknowns");
        long dana = api.person(team, "Dana");
        long stranger = api.person(api.team("Elsewhere"), "Stranger");
        long project = api.project(team, "P");
        String base = "/api/v1/teams/" + team + "/initiatives/" + project;
        api.post(base + "/responsibilities", map("key", "risk", "name", "Risk")).expect(201);
        api.put(base + "/matrix/nope/" + dana, map("letters", "R")).expect(404);
        api.put(base + "/matrix/risk/" + stranger, map("letters", "R")).expect(404);
        api.put("/api/v1/teams/" + team + "/initiatives/999999/matrix/risk/" + dana, map("letters", "R")).expect(404);
        api.get("/api/v1/teams/" + team + "/initiatives/999999/matrix").expect(404);
    }
}

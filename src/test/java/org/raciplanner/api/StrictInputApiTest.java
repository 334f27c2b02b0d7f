package org.raciplanner.api;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Reply;
import org.raciplanner.support.TeamAccess;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;
import static org.raciplanner.support.Api.staff;

/** What a client sends is what it means, and every refusal says so in the API's words. */
@MicronautTest
class StrictInputApiTest {

    @Inject
    Api api;

    @Test
    void refusesAStaffingWithANullEntryAndKeepsTheStaffingAndItsLetters() {
        long team = api.team("Null staffing");
        long dana = api.person(team, "Dana");
        long product = api.initiative(team, map("kind", "PRODUCT", "name", "Atlas", "template", "product",
                "staffing", List.of(staff("product-manager", dana))));
        String base = "/api/v1/teams/" + team + "/initiatives/" + product;
        String staffing = api.get(base + "/staffing").expect(200).body();
        String matrix = api.get(base + "/matrix").expect(200).body();

        for (String body : List.of("[null]", "[null,{\"role\":\"product-owner\",\"person\":" + dana + "}]")) {
            Reply reply = api.raw("PUT", base + "/staffing", "application/json", body).expect(400);
            assertEquals(List.of("[0]: must not be null"), reply.problems(), body);
        }
        assertEquals(staffing, api.get(base + "/staffing").body());
        assertEquals(matrix, api.get(base + "/matrix").body(), "the template's letters are still there");
    }

    @Test
    void answers405WithAllowWhereAMethodDoesNotExistEvenForATeamToken() {
        TeamAccess team = api.teamWithToken("Methods");
        for (String path : List.of("/api/v1/me", "/api/v1/templates")) {
            Reply reply = api.as(team.token()).raw("PUT", path, "application/json", "{}").expect(405);
            assertTrue(List.of(reply.header("Allow").split(",")).contains("GET"), path + " allows " + reply.header("Allow"));
        }
        api.as(team.token()).get("/api/v1/teams").expect(403);
    }

    @Test
    void namesTheFieldWhatWasExpectedAndWhatWasSent() {
        long team = api.team("Words");
        String t = "/api/v1/teams/" + team;
        assertEquals(List.of("kind: must be one of PROJECT, PRODUCT, PROGRAM, not \"PORTFOLIO\""),
                problems("POST", t + "/initiatives", "{\"kind\":\"PORTFOLIO\",\"name\":\"X\"}"));
        assertEquals(List.of("capacityHours: must be a number, not \"abc\""),
                problems("POST", t + "/people", "{\"name\":\"E\",\"email\":\"e@example.com\",\"capacityHours\":\"abc\"}"));
        assertEquals(List.of("name: must be a string, not false"),
                problems("POST", t + "/tokens", "{\"name\":false,\"role\":\"VIEWER\"}"));
        assertEquals(List.of("capacity: is not a field of this request"),
                problems("POST", t + "/people", "{\"name\":\"E\",\"email\":\"e@example.com\",\"capacity\":20}"));
        assertEquals(List.of("body: must be an object, not an array"), problems("POST", t + "/people", "[1]"));
        assertEquals(List.of("body: The request needs a JSON body"), problems("POST", t + "/people", ""));
        assertEquals(List.of("personId: must be a whole number, not \"abc\""), problems("GET", t + "/people/abc", null));
        assertEquals("capacity is not a field of this request", api.raw("POST", t + "/people", "application/json",
                "{\"name\":\"E\",\"email\":\"e@example.com\",\"capacity\":20}").map().get("detail"));
    }

    private List<String> problems(String method, String path, String body) {
        return api.raw(method, path, body == null ? null : "application/json", body).expect(400).problems();
    }
}

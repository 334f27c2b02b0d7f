package org.raciplanner.initiative;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Named;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Reply;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;
import static org.raciplanner.support.Api.staff;

/** PATCH as a JSON merge patch: null clears, absent keeps, nothing changed writes nothing; templates apply. */
@MicronautTest
class UpdatesApiTest {

    @Inject
    Api api;
    @Inject
    @Named("default")
    DatasourceConfiguration database;

    @Test
    void clearsANullableFieldSentAsNullAndKeepsTheAbsentOnes() {
        long team = api.team("Merge");
        long project = api.initiative(team, map("kind", "PROJECT", "name", "Phoenix", "startDate", "2027-01-01",
                "endDate", "2027-03-31", "budget", 1000));
        String path = "/api/v1/teams/" + team + "/initiatives/" + project;
        Map<String, Object> patched = api.raw("PATCH", path, "application/json", "{\"endDate\":null}").expect(200).map();

        assertFalse(patched.containsKey("endDate"), patched.toString());
        assertEquals("2027-01-01", patched.get("startDate"));
        assertEquals(1000, ((Number) patched.get("budget")).intValue());
        assertEquals(1, patched.get("version"));
        Map<String, Object> entry = api.get("/api/v1/teams/" + team + "/history?initiativeId=" + project).list().get(0);
        assertEquals("2027-03-31", ((Map<?, ?>) entry.get("before")).get("endDate"));
        assertFalse(((Map<?, ?>) entry.get("after")).containsKey("endDate"));

        long dana = api.person(team, "Dana");
        String person = "/api/v1/teams/" + team + "/people/" + dana;
        api.patch(person, map("title", "Sponsor", "location", "Berlin")).expect(200);
        Map<String, Object> cleared = api.raw("PATCH", person, "application/json", "{\"title\":null}").expect(200).map();
        assertNull(cleared.get("title"));
        assertEquals("Berlin", cleared.get("location"));
    }

    @Test
    void aPatchThatChangesNothingKeepsTheVersionAndWritesNoHistory() {
        long team = api.team("No-op");
        long dana = api.person(team, "Dana");
        long project = api.initiative(team, map("kind", "PROJECT", "name", "Phoenix", "budget", 1000));
        int history = historySize(team);

        assertEquals(0, api.patch("/api/v1/teams/" + team + "/people/" + dana, map("name", "Dana", "capacityHours", 40.0))
                .expect(200).map().get("version"));
        assertEquals(0, api.patch("/api/v1/teams/" + team + "/initiatives/" + project, map("name", "Phoenix", "budget", 1000))
                .expect(200).map().get("version"));
        api.patch("/api/v1/teams/" + team + "/settings", map("maxRoles", 2)).expect(200);
        api.raw("PATCH", "/api/v1/teams/" + team + "/initiatives/" + project, "application/json", "{\"endDate\":null}").expect(200);

        assertEquals(history, historySize(team), "nothing changed, so nothing was recorded");
    }

    @Test
    void appliesATemplateToAnExistingInitiativeAsOnCreate() {
        long team = api.team("Late template");
        long dana = api.person(team, "Dana");
        long later = api.initiative(team, map("kind", "PRODUCT", "name", "Atlas"));
        String base = "/api/v1/teams/" + team + "/initiatives/" + later;
        api.put(base + "/staffing", List.of(staff("product-manager", dana))).expect(200);

        Map<String, Object> patched = api.patch(base, map("template", "product")).expect(200).map();

        long created = api.initiative(team, map("kind", "PRODUCT", "name", "Atlas too", "template", "product",
                "staffing", List.of(staff("product-manager", dana))));
        assertEquals("product", patched.get("template"));
        assertEquals(cells(team, created), cells(team, later), "the same letters as an initiative created with the template");
        assertFalse(cells(team, later).isEmpty());
        Reply wrongKind = api.patch(base, map("template", "delivery-project")).expect(400);
        assertTrue(wrongKind.problems().get(0).startsWith("template: 'delivery-project' is for a PROJECT"), wrongKind.body());
    }

    @Test
    void refusesStaffingChangesWhileTheTemplateIsNotLoadedAndKeepsTheCells() throws SQLException {
        long team = api.team("Lost template");
        long dana = api.person(team, "Dana");
        long product = api.initiative(team, map("kind", "PRODUCT", "name", "Atlas", "template", "product",
                "staffing", List.of(staff("product-manager", dana))));
        // as if the template had been removed from RACI_TEMPLATES_DIR: written outside the service, committed at once
        try (Connection c = DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(), database.getPassword());
             PreparedStatement q = c.prepareStatement("update initiative set template_key = 'retired' where id = ?")) {
            q.setLong(1, product);
            q.executeUpdate();
        }
        String base = "/api/v1/teams/" + team + "/initiatives/" + product;
        List<Object> before = cells(team, product);

        Reply reply = api.put(base + "/staffing", List.of(staff("product-owner", dana))).expect(409);

        assertTrue(((String) reply.map().get("detail")).contains("'retired', which is not loaded"), reply.body());
        assertEquals(before, cells(team, product));
        assertFalse(before.isEmpty());
    }

    @SuppressWarnings("unchecked")
    private List<Object> cells(long team, long initiative) {
        return (List<Object>) api.get("/api/v1/teams/" + team + "/initiatives/" + initiative + "/matrix").expect(200).map().get("cells");
    }

    private int historySize(long team) {
        return Integer.parseInt(api.get("/api/v1/teams/" + team + "/history").expect(200).header("X-Total-Count"));
    }
}

package org.raciplanner.api;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class ErrorsApiTest {

    @Inject
    Api api;

    @Test
    void answersTheWrongMediaTypeWith415() {
        var reply = api.raw("POST", "/api/v1/teams", "text/plain", "name=Acme").expect(415);
        assertEquals("application/problem+json", reply.header("Content-Type"));
        assertEquals(415, reply.map().get("status"));
    }

    @Test
    void answersMalformedJsonWith400WithoutParserInternals() {
        var reply = api.raw("POST", "/api/v1/teams", "application/json", "{\"name\":").expect(400);
        assertEquals("Bad Request", reply.map().get("title"));
        assertFalse(reply.body().contains("Source:"), reply.body());
        assertFalse(reply.body().contains("org.raciplanner"), reply.body());
    }

    @Test
    void answersAnIdOfTheWrongTypeWith400NamingIt() {
        var reply = api.get("/api/v1/teams/abc").expect(400);
        assertTrue(reply.problems().get(0).startsWith("teamId:"), reply.body());
    }

    @Test
    void answersAnUnknownPathWithAProblem() {
        var reply = api.get("/api/v1/nothing-here").expect(404);
        assertEquals("application/problem+json", reply.header("Content-Type"));
    }

    @Test
    void servesHealthAndTheApiDocument() {
        assertEquals("UP", api.get("/health").expect(200).map().get("status"));
        assertTrue(api.get("/swagger/raci-planner.yml").expect(200).body().contains("/api/v1/teams/{teamId}/people/batch"));
        api.get("/swagger-ui/index.html").expect(200);
    }
}

package org.raciplanner.page;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class PageApiTest {

    @Inject
    Api api;

    @Test
    void servesThePageAtTheRootWithoutAToken() {
        var page = api.anonymous().get("/").expect(200);
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertTrue(page.body().contains("<title>RACI planner</title>"));
        assertEquals(page.body(), api.anonymous().get("/index.html").expect(200).body());
    }

    @Test
    void servesTheScriptsStylesAndIconWithoutAToken() {
        for (String script : new String[]{"app", "api", "dom", "matrix", "warnings", "workload"}) {
            assertTrue(api.anonymous().get("/assets/" + script + ".js").expect(200).header("Content-Type").contains("javascript"));
        }
        assertTrue(api.anonymous().get("/assets/app.css").expect(200).header("Content-Type").startsWith("text/css"));
        api.anonymous().get("/assets/favicon.svg").expect(200);
        api.anonymous().get("/assets/missing.js").expect(404);
    }

    @Test
    void keepsEverythingElseBehindTheToken() {
        api.anonymous().get("/app.js").expect(401);
        api.anonymous().get("/api/v1/me").expect(401);
    }
}

package org.raciplanner.planfile;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Reply;
import org.raciplanner.support.Startup;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;

/** GET then PUT of the same plan changes nothing, in either format; what the file holds is what a person decided. */
@MicronautTest
class PlanRoundTripApiTest {

    static final String YAML = "application/yaml";
    static final String JSON = "application/json";

    @Inject
    Api api;

    @Test
    void putsBackItsOwnJsonExportWithoutAChange() {
        Startup s = api.startup();
        Reply plan = get(s.team(), JSON);
        assertEquals("\"" + version(s.team()) + "\"", plan.header("ETag"));
        Map<String, Object> outcome = put(s.team(), JSON, plan.body(), "").expect(200).map();
        assertEquals(List.of(), outcome.get("changes"), plan.body());
        assertEquals(List.of(), outcome.get("unmanaged"));
        assertEquals(plan.body(), get(s.team(), JSON).body(), "nothing was written");
    }

    @Test
    void putsBackItsOwnYamlExportWithoutAChange() {
        Startup s = api.startup();
        api.put(s.base(s.project()) + "/matrix/budget/" + s.dana(), map("letters", "A")).expect(200);
        api.post(s.base(s.project()) + "/responsibilities", map("key", "vendor-contracts", "name", "Vendor contracts", "effortHours", 1.5))
                .expect(201);
        api.delete(s.base(s.project()) + "/responsibilities/post-mortem").expect(204);
        api.patch("/api/v1/teams/" + s.team() + "/settings", map("maxRoles", 3)).expect(200);
        Reply plan = get(s.team(), YAML);
        assertTrue(plan.header("Content-Type").startsWith(YAML), plan.header("Content-Type"));
        String yaml = plan.body();
        assertTrue(yaml.contains("omitRows: [post-mortem]"), yaml);
        assertTrue(yaml.contains("key: vendor-contracts"), yaml);
        assertTrue(yaml.contains("budget: {dana@example.com: A}"), yaml);
        long before = version(s.team());
        Map<String, Object> outcome = put(s.team(), YAML, yaml, "").expect(200).map();
        assertEquals(List.of(), outcome.get("changes"), yaml);
        assertEquals(before, version(s.team()));
    }

    Reply get(long team, String accept) {
        return api.raw("GET", "/api/v1/teams/" + team + "/plan", null, null, Map.of("Accept", accept)).expect(200);
    }

    Reply put(long team, String contentType, String body, String query) {
        return api.raw("PUT", "/api/v1/teams/" + team + "/plan" + query, contentType, body, Map.of());
    }

    long version(long team) {
        String etag = get(team, JSON).header("ETag");
        return Long.parseLong(etag.replace("\"", ""));
    }
}

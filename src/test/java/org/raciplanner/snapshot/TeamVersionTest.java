package org.raciplanner.snapshot;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;
import static org.raciplanner.support.Api.staff;

/** The team's version moves on with every write, once per write, and with nothing else. */
@MicronautTest
class TeamVersionTest {

    @Inject
    Api api;

    @Inject
    Snapshots snapshots;

    @Test
    void everyWriteMovesTheVersionOnByOne() {
        long team = api.team("Versions");
        String base = "/api/v1/teams/" + team;
        long start = version(team);

        long dana = api.person(team, "Dana");
        assertEquals(start + 1, version(team));
        long project = api.project(team, "Phoenix");
        assertEquals(start + 2, version(team));
        api.put(base + "/initiatives/" + project + "/staffing", List.of(staff("project-manager", dana))).expect(200);
        assertEquals(start + 3, version(team));
        api.patch(base + "/settings", Map.of("maxRoles", 3)).expect(200);
        assertEquals(start + 4, version(team));
        List<Map<String, Object>> batch = List.of(map("name", "A", "email", "a@example.com"), map("name", "B", "email", "b@example.com"));
        api.post(base + "/people/batch", batch).expect(201);
        assertEquals(start + 5, version(team), "a batch of people is one write");

        api.get(base + "/warnings").expect(200);
        api.get(base + "/initiatives/" + project + "/matrix").expect(200);
        api.post(base + "/people/batch", batch).expect(409);
        assertEquals(start + 5, version(team), "reads and refused writes leave the version alone");
        assertEquals(start + 5, snapshots.team(team).orElseThrow().version(), "the snapshot carries the version it was read at");
    }

    @Test
    void teamsKeepTheirOwnVersions() {
        long first = api.team("First");
        long second = api.team("Second");
        long before = version(second);
        api.person(first, "Dana");
        assertEquals(before, version(second));
        assertTrue(snapshots.version(Long.MAX_VALUE).isEmpty(), "no version for a team that does not exist");
    }

    private long version(long team) {
        return snapshots.version(team).orElseThrow();
    }
}

package org.raciplanner.api;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Reply;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.raciplanner.support.Api.map;

/** Real concurrency against the running server: races end in one winner and clean refusals, never a 500. */
@MicronautTest
class ConcurrentWritesApiTest {

    private static final int RACERS = 32;

    @Inject
    Api api;

    @Test
    void letsExactlyOneOf32SimultaneousCreatesOfTheSameEmailWin() {
        long team = api.team("Race");
        String people = "/api/v1/teams/" + team + "/people";
        List<Reply> replies = Races.race(RACERS, i -> api.post(people, map("name", "Racer " + i, "email", "same@example.com")));

        assertEquals(Map.of(201, 1L, 409, (long) RACERS - 1), Races.statuses(replies));
        replies.stream().filter(r -> r.status() == 409).forEach(r ->
                assertEquals("email", r.problems().get(0).split(":")[0], r.body()));
        assertEquals("1", api.get(people).header("X-Total-Count"));
        assertEquals(List.of("person.created", "token.created", "team.created"), api.get("/api/v1/teams/" + team + "/history")
                .list().stream().map(e -> e.get("action")).toList(), "the losers left no history");
    }

    @Test
    void letsExactlyOneOf32WritesBasedOnTheSameMatrixVersionWin() {
        long team = api.team("Stale race");
        long dana = api.person(team, "Dana");
        long project = api.project(team, "P");
        String base = "/api/v1/teams/" + team + "/initiatives/" + project;
        api.post(base + "/responsibilities", map("key", "risk", "name", "Risk")).expect(201);
        String etag = api.get(base + "/matrix").expect(200).header("ETag");
        String[] letters = {"R", "A", "C", "I"};
        List<Reply> replies = Races.race(RACERS, i -> api.put(base + "/matrix/risk/" + dana, map("letters", letters[i % 4]), Map.of("If-Match", etag)));

        assertEquals(Map.of(200, 1L, 412, (long) RACERS - 1), Races.statuses(replies));
        String winner = (String) replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().map().get("letters");
        var matrix = api.get(base + "/matrix").map();
        assertEquals(winner, ((Map<?, ?>) ((List<?>) matrix.get("cells")).get(0)).get("letters"));
    }
}

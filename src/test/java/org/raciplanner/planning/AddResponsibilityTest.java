package org.raciplanner.planning;

import org.junit.jupiter.api.Test;
import org.raciplanner.analysis.Letters;
import org.raciplanner.snapshot.Snapshot;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** addResponsibility: a row after the others, empty until later changes give it letters, as the matrix API adds one. */
class AddResponsibilityTest {

    private final TeamFixture fixture = TeamFixture.team();
    private final long dana = fixture.person("Dana");
    private final TeamFixture.Matrix plain = fixture.plain("Plain").row("plan", 2);
    private final Snapshot.Team team = fixture.build();

    @Test
    void readsItsFieldsAndWritesThemBack() {
        Map<String, Object> sent = new LinkedHashMap<>();
        sent.put("type", "addResponsibility");
        sent.put("initiativeId", BigDecimal.valueOf(3));
        sent.put("key", "budget");
        sent.put("name", "Budget");
        sent.put("category", "strategy");
        sent.put("effortHours", new BigDecimal("1.5"));
        AddResponsibility read = (AddResponsibility) Changes.read(List.of(sent)).get(0);
        assertEquals(new AddResponsibility(3, "budget", "Budget", "STRATEGY", new BigDecimal("1.5")), read);
        sent.put("category", "STRATEGY");
        assertEquals(sent.toString(), read.json().toString());
    }

    @Test
    void namesABadCategory() {
        InvalidChanges refused = assertThrows(InvalidChanges.class, () -> Changes.read(List.of(Map.of("type", "addResponsibility",
                "initiativeId", BigDecimal.ONE, "key", "budget", "name", "Budget", "category", "LOUD"))));
        assertEquals("changes[0].category", refused.issues().get(0).field());
    }

    @Test
    void addsTheRowAfterTheOthersAndLaterChangesFillIt() {
        Applied applied = Changes.apply(team, Map.of(), List.of(
                new AddResponsibility(plain.id(), "budget", "Budget", null, null),
                new SetCell(plain.id(), "budget", PersonRef.of(dana), Letters.RA)));
        Snapshot.Matrix after = applied.after().matrices().get(0);
        assertEquals(List.of("plan", "budget"), after.rows().stream().map(Snapshot.Row::key).toList());
        assertEquals(new Snapshot.Row("budget", "Budget", "EXECUTION", BigDecimal.ONE), after.rows().get(1));
        assertEquals(List.of(new Effect.Row(plain.id(), after.rows().get(1)),
                new Effect.Cell(plain.id(), "budget", dana, Letters.RA)), applied.effects());
    }

    @Test
    void refusesARowTheInitiativeHasAlready() {
        InvalidChanges refused = assertThrows(InvalidChanges.class, () -> Changes.apply(team, Map.of(),
                List.of(new AddResponsibility(plain.id(), "plan", "Plan", null, null))));
        assertEquals("changes[0].key", refused.issues().get(0).field());
    }
}

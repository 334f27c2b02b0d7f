package org.raciplanner.planning.fix;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A layered map reads as the map it stands for, whatever its depth, and never changes the layers under it. */
class LayeredTest {

    @Test
    void readsThroughItsLayersAndLeavesThemAsTheyWere() {
        Layered<String, Integer> base = Layered.of(Map.of("a", 1, "b", 2));
        Map<String, Integer> changes = new HashMap<>();
        changes.put("b", null);
        changes.put("c", 3);
        Layered<String, Integer> next = base.with(changes);
        assertEquals(Map.of("a", 1, "c", 3), next.entries());
        assertNull(next.get("b"));
        assertEquals(Map.of("a", 1, "b", 2), base.entries());
        assertEquals(7, next.getOrDefault("z", 7));
    }

    @Test
    void aDeepChainIsTheSameMapSettled() {
        Layered<Integer, Integer> map = Layered.of(Map.of());
        Map<Integer, Integer> expected = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            map = map.with(Map.of(i % 7, i));
            expected.put(i % 7, i);
            if (i % 3 == 0) {
                map = map.settled();
            }
            assertEquals(expected, map.entries());
        }
    }

    @Test
    void anEditReadsWhatItPutBeforeItIsDone() {
        Layered.Edit<String, Integer> edit = new Layered.Edit<>(Layered.of(Map.of("a", 1)));
        edit.put("a", 5);
        assertEquals(5, edit.getOrDefault("a", 0));
        assertEquals(0, edit.getOrDefault("b", 0));
        assertEquals(Map.of("a", 5), edit.done().entries());
    }
}

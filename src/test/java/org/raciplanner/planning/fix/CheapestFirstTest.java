package org.raciplanner.planning.fix;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lazy greedy order of the fix plan, over plain numbers: what it takes within a number of changes. */
class CheapestFirstTest {

    @Test
    void aFindingThatLookedCheapWaitsForCheaperOnes() {
        Map<String, Integer> costs = Map.of("looks cheap", 4, "b", 2, "c", 2);
        assertEquals(List.of("b", "c"), take(List.of("looks cheap", "b", "c"), Map.of("looks cheap", 1.0, "b", 2.0, "c", 2.0),
                costs, 4));
    }

    @Test
    void aCostMeasuredOnTheTeamAsItIsIsTakenWhenItsTurnComes() {
        Map<String, Integer> costs = Map.of("a", 4, "b", 5);
        assertEquals(List.of("a", "b"), take(List.of("a", "b"), Map.of("a", 1.0, "b", 2.0), costs, 9));
    }

    @Test
    void estimatesRightKeepTheirOrderAndTiesTheirInsertion() {
        Map<String, Integer> costs = Map.of("x", 1, "y", 1, "z", 3);
        assertEquals(List.of("x", "y", "z"), take(List.of("x", "y", "z"), Map.of("x", 1.0, "y", 1.0, "z", 3.0), costs, 10));
    }

    /** What a plan with {@code room} changes takes, each finding's fix costing the same whenever it is measured. */
    private static List<String> take(List<String> items, Map<String, Double> estimates, Map<String, Integer> costs, int room) {
        CheapestFirst<String> queue = new CheapestFirst<>();
        items.forEach(i -> queue.add(i, estimates.get(i)));
        List<String> taken = new ArrayList<>();
        while (!queue.isEmpty() && room > 0) {
            String next = queue.next();
            int cost = costs.get(next);
            if (cost > room || queue.defer(cost)) {
                continue;
            }
            taken.add(next);
            room -= cost;
            queue.changed();
        }
        return taken;
    }
}

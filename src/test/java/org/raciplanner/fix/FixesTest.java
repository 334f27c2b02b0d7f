package org.raciplanner.fix;

import org.junit.jupiter.api.Test;
import org.raciplanner.planning.fix.FixPlan;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A fix plan's name says what it does, also when errors eased to warnings leave more warnings than before. */
class FixesTest {

    @Test
    void namesWhatThePlanClears() {
        assertEquals("Fix plan: 2 of 2 errors, 7 of 7 warnings, 0 changes", Fixes.name(plan(2, 0, 7, 0)));
        assertEquals("Fix plan: 282 of 417 errors, warnings 415 → 435, 0 changes", Fixes.name(plan(417, 135, 415, 435)));
    }

    private static FixPlan.Plan plan(int errorsBefore, int errorsAfter, int warningsBefore, int warningsAfter) {
        return new FixPlan.Plan(List.of(), List.of(), new FixPlan.Quality(errorsBefore, errorsAfter, warningsBefore, warningsAfter,
                0, false, List.of()));
    }
}

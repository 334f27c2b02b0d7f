package org.raciplanner.planning.fix;

import org.junit.jupiter.api.Test;
import org.raciplanner.analysis.Severity;
import org.raciplanner.planning.Result;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fix plan over the startup: every ERROR, then the WARNINGs, within its bounds. */
class FixPlanTest {

    private final FixFixture.Startup s = FixFixture.startup();

    @Test
    void clearsEveryErrorOfTheStartupAndIntroducesNone() {
        FixPlan.Plan plan = plan(Set.of(), 500, Set.of());
        Result result = FixFixture.evaluator().whole(s.team(), s.report(), plan.changes()).result();
        assertEquals(2, result.errors().before());
        assertEquals(0, result.errors().after());
        assertTrue(result.warnings().introduced().stream().noneMatch(w -> w.severity() == Severity.ERROR));
        assertEquals(new FixPlan.Quality(2, 0, 6, plan.quality().warningsAfter(), plan.quality().screenings(), false, List.of()),
                plan.quality());
        assertTrue(plan.quality().warningsAfter() < 6, plan.steps().toString());
        assertEquals(plan.steps().size() > 0, true);
    }

    @Test
    void givesTheSameAnswerTwice() {
        assertEquals(plan(Set.of(), 500, Set.of()), plan(Set.of(), 500, Set.of()));
    }

    @Test
    void loadsNobodyItProtects() {
        Set<Long> protect = new HashSet<>(s.local());
        FixPlan.Plan plan = plan(Set.of(), 500, protect);
        Result result = FixFixture.evaluator().whole(s.team(), s.report(), plan.changes()).result();
        assertFalse(plan.changes().isEmpty());
        assertTrue(result.workload().stream().filter(l -> protect.contains(l.person()))
                .allMatch(l -> l.after().loadHours() <= l.before().loadHours()), result.workload().toString());
    }

    @Test
    void keepsWithinItsChangesAndSaysWhyAnErrorIsLeft() {
        FixPlan.Plan plan = plan(Set.of(), 1, Set.of());
        assertTrue(plan.changes().size() <= 1, plan.changes().toString());
        assertEquals(1, plan.quality().errorsAfter(), "the sponsor clears the budget; Dana's overload takes more than one change");
        assertEquals(FixPlan.Reason.TOO_MANY_CHANGES, plan.quality().uncleared().get(0).reason());
    }

    @Test
    void targetsOnlyTheCodesAsked() {
        FixPlan.Plan plan = plan(Set.of("NO_ACCOUNTABLE"), 500, Set.of());
        assertEquals(1, plan.changes().size(), plan.steps().toString());
        assertEquals(1, plan.quality().errorsAfter());
        assertTrue(plan.quality().uncleared().isEmpty(), "the overload was not asked for");
    }

    @Test
    void anErrorNobodyMayTakeIsNotClearable() {
        Set<Long> everyone = new HashSet<>(s.local());
        everyone.addAll(s.remote());
        FixPlan.Plan plan = plan(Set.of("CAPACITY_OVERLOAD"), 500, everyone);
        assertEquals(FixPlan.Reason.NO_CANDIDATE, plan.quality().uncleared().get(0).reason());
    }

    @Test
    void refusesMaxChangesOutsideItsBounds() {
        assertThrows(IllegalArgumentException.class, () -> new FixPlan.Request(Set.of(), 0, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new FixPlan.Request(Set.of(), 501, Set.of()));
    }

    private FixPlan.Plan plan(Set<String> codes, int maxChanges, Set<Long> protect) {
        return new FixPlan(FixFixture.evaluator()).plan(s.team(), s.report(), new FixPlan.Request(codes, maxChanges, protect),
                FixFixture.budget());
    }
}

package org.raciplanner.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A focused analysis finds, about its focus, exactly what the analysis of the whole team finds,
 * in the same order, and nothing else; and its indexes of initiatives it saw before change nothing.
 */
class ScreeningTest {

    private final TeamSnapshot team = LargeTeamFixture.snapshot();
    private final Analysis.Report whole = Analysis.report(team);

    @Test
    void findsAboutItsFocusWhatTheWholeAnalysisFinds() {
        Set<Long> initiatives = Set.of(3L, 17L, 150L);
        Set<Long> people = Set.of(1L, 2L, 500L, 999L);
        Focus focus = new Focus(initiatives, people);
        Screening screening = new Screening();
        for (int run = 0; run < 2; run++) {
            Analysis.Report focused = screening.report(team, focus);
            List<Warning> expected = whole.warnings().stream().filter(w -> w.initiativeId() != null
                    ? initiatives.contains(w.initiativeId()) : people.contains(w.personId())).toList();
            assertFalse(expected.isEmpty());
            assertEquals(expected, focused.warnings());
            assertEquals(whole.workload().stream().filter(w -> people.contains(w.personId())).toList(), focused.workload());
        }
    }

    @Test
    void anEmptyFocusFindsNothing() {
        Analysis.Report focused = new Screening().report(team, new Focus(Set.of(), Set.of()));
        assertTrue(focused.warnings().isEmpty());
        assertTrue(focused.workload().isEmpty());
    }
}

package org.raciplanner.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The analysis for a search that tries change after change on one team: each try is analysed on
 * the part of the team it can reach, and only its findings about the {@link Focus} are asked
 * for. Every rule reads one initiative or one person, so those are exactly what the analysis of
 * the whole team finds about them. The teams tried share most of their initiatives (as the very
 * same facts), so each is indexed once, not once per try. For one thread.
 */
public final class Screening {

    /** How many initiatives' indexes are kept: a team of scale L has 1,000 initiatives. */
    private static final int KEPT = 2_048;

    private final Map<Same, Initiative> indexed = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Same, Initiative> eldest) {
            return size() > KEPT;
        }
    };

    /**
     * The findings about the focus's initiatives, those about its people alone (about no
     * initiative), and its people's workload lines, in the order of {@link Analysis#report}.
     */
    public Analysis.Report report(TeamSnapshot snapshot, Focus focus) {
        TeamIndex team = TeamIndex.of(snapshot, focus, facts -> indexed.computeIfAbsent(new Same(facts), s -> Initiative.of(facts)));
        return new Analysis.Report(Analysis.warnings(team), Workloads.of(team));
    }

    /** Facts by identity: the search's teams share the very facts of every initiative no change touched. */
    private record Same(InitiativeFacts facts) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same other && other.facts == facts;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(facts);
        }
    }
}

package org.raciplanner.analysis;

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

    private final IdentityCache<InitiativeFacts, Initiative> indexed = new IdentityCache<>(KEPT);

    /**
     * The findings about the focus's initiatives, those about its people alone (about no
     * initiative), and its people's workload lines, in the order of {@link Analysis#report}.
     */
    public Analysis.Report report(TeamSnapshot snapshot, Focus focus) {
        TeamIndex team = TeamIndex.of(snapshot, focus, facts -> indexed.get(facts, Initiative::of));
        return new Analysis.Report(Analysis.warnings(team), Workloads.of(team));
    }
}

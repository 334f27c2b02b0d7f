package org.raciplanner.heavy;

/**
 * The kinds of heavy work: requests whose heap or CPU grows with the team, so that running many at
 * once could exhaust the service. Each kind is bounded on its own ({@code raci.heavy.<key>.*}); a
 * new kind is one constant here and {@code @Heavy(NEW_KIND)} on its endpoint.
 *
 * <p>{@code heapPerTask} is the default estimate of the heap one task holds at its peak (see the
 * README's configuration table for where each figure comes from).
 */
public enum Kind {

    TEAM_EXPORT("team-export", "team workbook exports", 64),
    INITIATIVE_EXPORT("initiative-export", "initiative workbook exports", 16),
    WORKBOOK_UPLOAD("workbook-upload", "workbook uploads", 64),
    /** A person's workbook holds their initiatives' cells only: an estimate, like the initiative's. */
    PERSON_EXPORT("person-export", "person workbook exports", 16),

    /** Evaluating changes against a team: a second team in memory (sharing what the changes leave alone) and two analyses. */
    WHAT_IF("what-if", "what-if evaluations", 32),
    /** A plan file: the team and the file as values, a dry run or apply through the write paths, two analyses. */
    PLAN("plan", "plan files", 32),
    /** Searching fixes for a team's warnings: the team, the changed matrices of every change list tried, and analyses of parts of it. */
    SUGGESTIONS("suggestions", "searches for suggestions", 32),
    /** A fix plan: the same search over the whole team, seconds of CPU, then a scenario saved. */
    FIX_PLAN("fix-plan", "fix plans", 32);

    private static final long MB = 1024 * 1024;

    private final String key;
    private final String description;
    private final long heapPerTask;

    Kind(String key, String description, long heapPerTaskMb) {
        this.key = key;
        this.description = description;
        this.heapPerTask = heapPerTaskMb * MB;
    }

    /** The name in configuration ({@code raci.heavy.team-export.max-running}) and in the meters' {@code kind} tag. */
    public String key() {
        return key;
    }

    /** What a busy answer says the service is busy with. */
    public String description() {
        return description;
    }

    long heapPerTask() {
        return heapPerTask;
    }
}

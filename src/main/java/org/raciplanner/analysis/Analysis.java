package org.raciplanner.analysis;

import java.util.ArrayList;
import java.util.List;

/** The entry point: warnings and workload of a team, computed from a snapshot and nothing else. */
public final class Analysis {

    private Analysis() {
    }

    /** All warnings, ordered by severity, initiative, responsibility, person and code. */
    public static List<Warning> warnings(TeamSnapshot snapshot) {
        TeamIndex team = TeamIndex.of(snapshot);
        List<Warning> warnings = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            rule.check(team, warnings::add);
        }
        warnings.sort(WarningOrder.of(team));
        return List.copyOf(warnings);
    }

    /** One line per person of the roster, in id order. */
    public static List<Workload> workload(TeamSnapshot snapshot) {
        return Workloads.of(TeamIndex.of(snapshot));
    }

    /** Every warning code the analysis can produce, e.g. to validate a {@code ?code=} filter. */
    public static List<String> codes() {
        return Rules.all().stream().map(Rule::code).toList();
    }
}

package org.raciplanner.analysis;

import java.util.ArrayList;
import java.util.List;

/** The entry point: warnings and workload of a team, computed from a snapshot and nothing else. */
public final class Analysis {

    private Analysis() {
    }

    /** All warnings, ordered by severity, initiative, responsibility, person and code. */
    public static List<Warning> warnings(TeamSnapshot snapshot) {
        return warnings(TeamIndex.of(snapshot));
    }

    /** One line per person of the roster, in id order. */
    public static List<Workload> workload(TeamSnapshot snapshot) {
        return Workloads.of(TeamIndex.of(snapshot));
    }

    /** The load in each of the periods (weeks or months), per person of the roster in id order. */
    public static PeriodWorkload workload(TeamSnapshot snapshot, List<Period> periods) {
        return PeriodWorkload.of(TeamIndex.of(snapshot), periods);
    }

    /** Warnings and workload, indexing the team once: what a what-if, a plan file or a search compares. */
    public static Report report(TeamSnapshot snapshot) {
        TeamIndex team = TeamIndex.of(snapshot);
        return new Report(warnings(team), Workloads.of(team));
    }

    /** All three, indexing the team once: for the team workbook, which shows them all; by week over the horizon. */
    public static Book book(TeamSnapshot snapshot) {
        TeamIndex team = TeamIndex.of(snapshot);
        return new Book(warnings(team), Workloads.of(team), PeriodWorkload.of(team, snapshot.horizon().periods()));
    }

    /** Warnings and workload of one snapshot. */
    public record Report(List<Warning> warnings, List<Workload> workload) {
    }

    /** Warnings, workload and the load by week of one snapshot. */
    public record Book(List<Warning> warnings, List<Workload> workload, PeriodWorkload byWeek) {
    }

    static List<Warning> warnings(TeamIndex team) {
        List<Warning> warnings = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            rule.check(team, warnings::add);
        }
        warnings.sort(WarningOrder.of(team));
        return List.copyOf(warnings);
    }

    /** Every warning code the analysis can produce, e.g. to validate a {@code ?code=} filter. */
    public static List<String> codes() {
        return Rules.all().stream().map(Rule::code).toList();
    }
}

package org.raciplanner.warnings;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import org.raciplanner.analysis.Analysis;
import org.raciplanner.analysis.Period;
import org.raciplanner.analysis.PeriodWorkload;
import org.raciplanner.analysis.TeamSnapshot;
import org.raciplanner.analysis.Warning;
import org.raciplanner.analysis.Workload;

import java.util.List;

/**
 * Runs the pure analysis and times each run as {@code raci.analysis} (tagged with what was asked
 * for), so an operator sees what a team's size costs. The timing lives here, not in
 * {@code analysis/}, which stays free of framework imports.
 */
@Singleton
public class TeamAnalysis {

    static final String TIMER = "raci.analysis";

    private final Timer warnings;
    private final Timer workload;
    private final Timer byPeriod;
    private final Timer report;
    private final Timer book;

    TeamAnalysis(MeterRegistry registry) {
        this.warnings = timer(registry, "warnings");
        this.workload = timer(registry, "workload");
        this.byPeriod = timer(registry, "workload-by-period");
        this.report = timer(registry, "report");
        this.book = timer(registry, "book");
    }

    public List<Warning> warnings(TeamSnapshot snapshot) {
        return warnings.record(() -> Analysis.warnings(snapshot));
    }

    List<Workload> workload(TeamSnapshot snapshot) {
        return workload.record(() -> Analysis.workload(snapshot));
    }

    /** The load in each period. */
    public PeriodWorkload workload(TeamSnapshot snapshot, List<Period> periods) {
        return byPeriod.record(() -> Analysis.workload(snapshot, periods));
    }

    /** Warnings and workload together, as a comparison of two teams needs them. */
    public Analysis.Report report(TeamSnapshot snapshot) {
        return report.record(() -> Analysis.report(snapshot));
    }

    /** Warnings, workload and the load by week together, as the team workbook needs them. */
    public Analysis.Book book(TeamSnapshot snapshot) {
        return book.record(() -> Analysis.book(snapshot));
    }

    private static Timer timer(MeterRegistry registry, String output) {
        return Timer.builder(TIMER).description("Running the warning rules and the load model over a team snapshot")
                .tag("output", output).register(registry);
    }
}

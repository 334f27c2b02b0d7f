package org.raciplanner.spreadsheet;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.raciplanner.analysis.Analysis;
import org.raciplanner.analysis.InitiativeFacts;
import org.raciplanner.analysis.PersonFacts;
import org.raciplanner.analysis.ResponsibilityFacts;
import org.raciplanner.analysis.TeamSnapshot;
import org.raciplanner.analysis.Warning;
import org.raciplanner.warnings.TeamAnalysis;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Writes the initiative and team workbooks with POI's streaming writer: only a window of rows is
 * in memory, the rest goes to a temporary file that is removed in {@code finally}. Each write is
 * timed as {@code raci.workbook.export}, tagged with the workbook it made.
 */
@Singleton
class WorkbookExport {

    private static final int ROWS_IN_MEMORY = 100;
    private static final DateTimeFormatter EXPORTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Clock clock = Clock.systemUTC();
    private final TeamAnalysis analysis;
    private final Timer initiativeTimer;
    private final Timer teamTimer;

    WorkbookExport(TeamAnalysis analysis, MeterRegistry registry) {
        this.analysis = analysis;
        this.initiativeTimer = timer(registry, "initiative");
        this.teamTimer = timer(registry, "team");
    }

    void initiative(WorkbookContent.Initiative content, OutputStream out) {
        String exportedAt = EXPORTED.format(clock.instant());
        initiativeTimer.record(() -> write(out, (workbook, styles, names) -> {
            names.reserve(ReportSheets.LEGEND);
            matrixSheet(workbook, styles, names, content.matrix(), exportedAt);
            new ReportSheets(styles).legend(workbook.createSheet(ReportSheets.LEGEND));
        }));
    }

    /**
     * Workload and Warnings first, as a summary; then a sheet per initiative; the Legend last.
     * The analysis runs on another core while the matrices are written, and fills the first two
     * sheets when it is done: POI streams each sheet to its own file, so their rows may come last.
     */
    void team(WorkbookContent.Team content, OutputStream out) {
        TeamSnapshot snapshot = content.snapshot();
        CompletableFuture<Analysis.Report> report = CompletableFuture.supplyAsync(() -> analysis.report(snapshot));
        String exportedAt = EXPORTED.format(clock.instant());
        teamTimer.record(() -> write(out, (workbook, styles, names) -> {
            List.of(ReportSheets.WORKLOAD, ReportSheets.WARNINGS, ReportSheets.LEGEND).forEach(names::reserve);
            ReportSheets reports = new ReportSheets(styles);
            SXSSFSheet workload = workbook.createSheet(ReportSheets.WORKLOAD);
            SXSSFSheet warnings = workbook.createSheet(ReportSheets.WARNINGS);
            content.matrices().forEach(m -> matrixSheet(workbook, styles, names, m, exportedAt));
            reports.legend(workbook.createSheet(ReportSheets.LEGEND));
            Analysis.Report done = report.join();
            reports.workload(workload, done.workload(), content.emails(), snapshot.limits());
            reports.warnings(warnings, done.warnings(), subjects(snapshot));
        }));
    }

    private static Timer timer(MeterRegistry registry, String workbook) {
        return Timer.builder("raci.workbook.export").description("Writing a RACI workbook, from its loaded content to the last byte")
                .tag("workbook", workbook).register(registry);
    }

    private static void matrixSheet(SXSSFWorkbook workbook, Styles styles, SheetNames names, MatrixData matrix, String exportedAt) {
        new MatrixSheet(workbook.createSheet(names.next(matrix.initiative().name())), matrix, styles, exportedAt).write();
    }

    private static void write(OutputStream out, Content content) {
        // Inline strings: POI's shared strings table serialises every string through XMLBeans to
        // deduplicate it, which costs more than everything else in a large export together.
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            content.write(workbook, new Styles(workbook), new SheetNames());
            // Excel recalculates on opening; LibreOffice shows the values written with the formulas.
            workbook.getXSSFWorkbook().setForceFormulaRecalculation(true);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary files are already gone; nothing else is held
            }
        }
    }

    private static ReportSheets.Subjects subjects(TeamSnapshot snapshot) {
        Map<Long, String> people = new HashMap<>();
        snapshot.people().forEach((PersonFacts p) -> people.put(p.id(), p.name()));
        Map<Long, InitiativeFacts> initiatives = new HashMap<>();
        snapshot.initiatives().forEach(i -> initiatives.put(i.id(), i));
        return (Warning w) -> {
            InitiativeFacts initiative = w.initiativeId() == null ? null : initiatives.get(w.initiativeId());
            StringBuilder s = new StringBuilder();
            if (w.personId() != null) {
                s.append(people.getOrDefault(w.personId(), "person " + w.personId()));
            }
            if (initiative != null) {
                s.append(s.isEmpty() ? "" : " on ").append(initiative.name());
                if (w.responsibility() != null) {
                    s.append(" › ").append(initiative.responsibilities().stream().filter(r -> r.key().equals(w.responsibility()))
                            .map(ResponsibilityFacts::name).findFirst().orElse(w.responsibility()));
                }
            }
            return s.toString();
        };
    }

    @FunctionalInterface
    private interface Content {
        void write(SXSSFWorkbook workbook, Styles styles, SheetNames names) throws IOException;
    }
}

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
import org.raciplanner.assignments.Assignments;
import org.raciplanner.snapshot.Snapshot;
import org.raciplanner.warnings.TeamAnalysis;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Writes the initiative and team workbooks with POI's streaming writer: only a window of rows is
 * in memory, the rest goes to a temporary file that is removed in {@code finally}. Each write is
 * timed as {@code raci.workbook.export}, tagged with the workbook it made.
 */
@Singleton
class WorkbookExport {

    private static final int ROWS_IN_MEMORY = 100;
    /**
     * Rows a sheet keeps when its rows are streamed out early: POI derives the sheet's dimension
     * (its used range) from the last row still in memory when the workbook is written.
     */
    private static final int KEPT_ROWS = 1;
    private static final DateTimeFormatter EXPORTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final TeamAnalysis analysis;
    private final Timer initiativeTimer;
    private final Timer teamTimer;
    private final Timer personTimer;

    WorkbookExport(TeamAnalysis analysis, MeterRegistry registry, Clock clock) {
        this.clock = clock;
        this.analysis = analysis;
        this.initiativeTimer = timer(registry, "initiative");
        this.teamTimer = timer(registry, "team");
        this.personTimer = timer(registry, "person");
    }

    /** As of an instant, the sheet says so beside the moment it was exported. */
    void initiative(WorkbookContent.Initiative content, OutputStream out) {
        String exportedAt = EXPORTED.format(clock.instant())
                + (content.at() == null ? "" : " as it was at " + AS_OF.format(content.at()));
        initiativeTimer.record(() -> write(out, (workbook, styles, names) -> {
            names.reserve(ReportSheets.LEGEND);
            new MatrixSheet(workbook.createSheet(names.next(content.matrix().initiative().name())), content.matrix(), styles,
                    exportedAt).write();
            new ReportSheets(styles).legend(workbook.createSheet(ReportSheets.LEGEND));
        }));
    }

    /** A person's assignments, their warnings, and the Legend. */
    void person(Assignments.Held held, OutputStream out) {
        String exportedAt = EXPORTED.format(clock.instant());
        personTimer.record(() -> write(out, (workbook, styles, names) -> {
            List.of(ReportSheets.WARNINGS, ReportSheets.LEGEND).forEach(names::reserve);
            new PersonSheet(workbook.createSheet(names.next(held.person().name())), held, styles, exportedAt).write();
            ReportSheets reports = new ReportSheets(styles);
            SXSSFSheet warnings = workbook.createSheet(ReportSheets.WARNINGS);
            reports.warningsLayout(warnings);
            reports.finishWarnings(warnings, reports.warningsRows(warnings, held.warnings(), subjects(held.facts())));
            reports.legend(workbook.createSheet(ReportSheets.LEGEND));
        }));
    }

    /**
     * Workload, Load by week and Warnings first, as a summary (after the Changes of a scenario's
     * workbook); then a sheet per initiative; the Legend last.
     * A second thread does what can run beside the building of the workbook: it analyses the team
     * and writes the report sheets' rows, then writes each matrix sheet's rows and streams them
     * out while this thread lays that sheet out and makes the next; once every sheet is laid out,
     * this thread writes the rows the second has not reached. POI streams every sheet's rows
     * to a file of the sheet's own, so they may be written on another thread; everything that
     * touches the workbook or a sheet's layout (sheets, styles, widths, panes, filters, print
     * setup, conditional formats, drop-downs, defined names) stays on this thread.
     */
    void team(WorkbookContent.Team content, OutputStream out) {
        TeamSnapshot facts = content.facts();
        String exportedAt = EXPORTED.format(clock.instant());
        ExecutorService second = Executors.newSingleThreadExecutor(WorkbookExport::rowWriter);
        try {
            teamTimer.record(() -> write(out, (workbook, styles, names) -> {
                List.of(ReportSheets.WORKLOAD, LoadByWeekSheet.NAME, ReportSheets.WARNINGS, ReportSheets.LEGEND, ChangesSheet.NAME)
                        .forEach(names::reserve);
                if (content.scenario() != null) {
                    new ChangesSheet(styles, workbook.createSheet(ChangesSheet.NAME)).write(content.scenario(), subjects(facts), exportedAt);
                }
                ReportSheets reports = new ReportSheets(styles);
                LoadByWeekSheet weekly = new LoadByWeekSheet(styles);
                SXSSFSheet workload = workbook.createSheet(ReportSheets.WORKLOAD);
                SXSSFSheet byWeek = workbook.createSheet(LoadByWeekSheet.NAME);
                SXSSFSheet warnings = workbook.createSheet(ReportSheets.WARNINGS);
                reports.workloadLayout(workload);
                weekly.layOut(byWeek, facts.horizon().periods(), facts.people().size(), facts.limits());
                reports.warningsLayout(warnings);
                Future<int[]> reportRows = second.submit(() -> {
                    Analysis.Book report = analysis.book(facts);
                    int[] lastRows = {reports.workloadRows(workload, report.workload(), emails(content.snapshot()), facts.limits()),
                            reports.warningsRows(warnings, report.warnings(), subjects(facts))};
                    weekly.rows(byWeek, report.byWeek());
                    workload.flushRows(KEPT_ROWS);
                    byWeek.flushRows(KEPT_ROWS);
                    warnings.flushRows(KEPT_ROWS);
                    return lastRows;
                });
                List<FutureTask<Void>> rowsWritten = new ArrayList<>();
                for (MatrixData matrix : content.matrices()) {
                    SXSSFSheet sheet = workbook.createSheet(names.next(matrix.initiative().name()));
                    MatrixSheet matrixSheet = new MatrixSheet(sheet, matrix, styles, exportedAt);
                    FutureTask<Void> rows = new FutureTask<>(() -> {
                        matrixSheet.writeRows();
                        sheet.flushRows(KEPT_ROWS);
                        return null;
                    });
                    second.execute(rows);
                    rowsWritten.add(rows);
                    matrixSheet.layOut();
                }
                reports.legend(workbook.createSheet(ReportSheets.LEGEND));
                // Every sheet is laid out: rather than wait, this thread writes the rows the second
                // has not begun (a task runs once, on whichever thread takes it first).
                rowsWritten.forEach(FutureTask::run);
                int[] lastRows = await(reportRows);
                rowsWritten.forEach(WorkbookExport::await);
                reports.finishWorkload(workload, lastRows[0]);
                reports.finishWarnings(warnings, lastRows[1]);
            }));
        } finally {
            second.shutdownNow();
        }
    }

    private static Timer timer(MeterRegistry registry, String workbook) {
        return Timer.builder("raci.workbook.export").description("Writing a RACI workbook, from its loaded content to the last byte")
                .tag("workbook", workbook).register(registry);
    }

    private static Thread rowWriter(Runnable work) {
        Thread thread = new Thread(work, "team-workbook-rows");
        thread.setDaemon(true);
        return thread;
    }

    private static <T> T await(Future<T> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the workbook", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException("Could not write the workbook", io);
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Could not write the workbook", e.getCause());
        }
    }

    private static void write(OutputStream out, Content content) {
        // Inline strings: POI's shared strings table serialises every string through XMLBeans to
        // deduplicate it, which costs more than everything else in a large export together.
        SXSSFWorkbook workbook = new StreamedWorkbook(ROWS_IN_MEMORY);
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

    private static Map<Long, String> emails(Snapshot.Team team) {
        Map<Long, String> emails = new HashMap<>();
        team.people().forEach(p -> emails.put(p.id(), p.email()));
        return emails;
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

package org.raciplanner.spreadsheet;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.raciplanner.analysis.Warning;
import org.raciplanner.planning.Change;
import org.raciplanner.planning.Result;

import java.util.List;

/**
 * The first sheet of a scenario's workbook: the scenario's changes in words, then what they do to
 * the team as it is now, as a what-if answers it: the cells that change, the warnings that go,
 * come and change, the load that moves.
 */
final class ChangesSheet {

    static final String NAME = "Changes";
    private static final int[] WIDTHS = {24, 44, 26, 72};
    private static final String EMPTY = "(empty)";
    private static final int WIDTH_UNIT = 256;

    private final Styles styles;
    private final SXSSFSheet sheet;
    private int next;

    ChangesSheet(Styles styles, SXSSFSheet sheet) {
        this.styles = styles;
        this.sheet = sheet;
    }

    void write(WorkbookContent.ScenarioPart scenario, ReportSheets.Subjects subjects, String exportedAt) {
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * WIDTH_UNIT);
        }
        Result result = scenario.result();
        ChangeText text = scenario.text();
        Cells.text(sheet.createRow(next++), 0, "Scenario: " + scenario.name(), styles.title);
        Cells.label(sheet.createRow(next++), 0, scenario.changes().size() + " changes, made at team version "
                + scenario.baseVersion() + "; evaluated against the team as it is now (version " + scenario.teamVersion()
                + (scenario.stale() ? ", so the scenario is stale" : "") + "). Errors " + result.errors().before() + " → "
                + result.errors().after() + ". Exported " + exportedAt + ".", styles.subtitle.plain());
        section("Changes, in the order they apply", "#", "Change");
        List<Change> changes = scenario.changes();
        for (int i = 0; i < changes.size(); i++) {
            line(String.valueOf(i + 1), text.of(changes.get(i)));
        }
        section("Cells that change", "Initiative", "Responsibility", "Person", "Letters");
        result.cells().forEach(c -> line(text.initiative(c.initiativeId()), text.row(c.initiativeId(), c.responsibility()),
                text.person(c.person()), (c.before() == null ? EMPTY : c.before().name()) + " → "
                        + (c.after() == null ? EMPTY : c.after().name())));
        warnings("Warnings that go", result.warnings().resolved(), subjects);
        warnings("Warnings that come", result.warnings().introduced(), subjects);
        section("Warnings that change", "Severity", "Code", "Subject", "Message now");
        result.warnings().changed().forEach(c -> line(c.before().severity() == c.after().severity() ? c.after().severity().name()
                : c.before().severity() + " → " + c.after().severity(), c.after().code(), subjects.of(c.after()), c.after().message()));
        section("Load that changes", "Person", "Before", "After");
        result.workload().forEach(l -> line(l.name(), l.before() == null ? "new" : load(l.before()), load(l.after())));
        PageSetup.landscapeFitToWidth(sheet);
    }

    private void warnings(String title, List<Warning> warnings, ReportSheets.Subjects subjects) {
        section(title, "Severity", "Code", "Subject", "Message");
        warnings.forEach(w -> line(w.severity().name(), w.code(), subjects.of(w), w.message()));
    }

    private void section(String title, String... headers) {
        next++;
        Cells.label(sheet.createRow(next++), 0, title, styles.totalLabel);
        Row row = sheet.createRow(next++);
        for (int i = 0; i < headers.length; i++) {
            Cells.label(row, i, headers[i], styles.header);
        }
    }

    private void line(String... values) {
        Row row = sheet.createRow(next++);
        int lines = 1;
        for (int i = 0; i < values.length; i++) {
            Cells.text(row, i, values[i], styles.wrapped);
            lines = Math.max(lines, RowHeights.lines(values[i], WIDTHS[i]));
        }
        row.setHeightInPoints(RowHeights.points(lines));
    }

    private static String load(Result.Load load) {
        return (load.loadPercent() == null ? "no capacity" : load.loadPercent() + " %") + " (" + load.loadHours() + " h)";
    }
}

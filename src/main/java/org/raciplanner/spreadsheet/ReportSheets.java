package org.raciplanner.spreadsheet;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.raciplanner.analysis.Limits;
import org.raciplanner.analysis.Warning;
import org.raciplanner.analysis.Workload;
import org.raciplanner.analysis.Letters;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The sheets beside the matrices: Workload, Warnings and the Legend. */
final class ReportSheets {

    static final String WORKLOAD = "Workload";
    static final String WARNINGS = "Warnings";
    static final String LEGEND = "Legend";
    static final List<String> WORKLOAD_HEADER = List.of("Person", "E-mail", "Capacity h", "Load h", "Load %", "A", "R", "C", "I",
            "Roles");
    static final List<String> WARNINGS_HEADER = List.of("Severity", "Code", "Subject", "Message", "Advice");
    private static final int[] WORKLOAD_WIDTHS = {28, 32, 11, 9, 9, 5, 5, 5, 5, 50};
    private static final int[] WARNINGS_WIDTHS = {11, 26, 36, 70, 70};
    private static final int LEGEND_WIDTH = 100;
    private static final int WIDTH_UNIT = 256;

    private final Styles styles;

    ReportSheets(Styles styles) {
        this.styles = styles;
    }

    /** Column widths and the frozen header: set by the thread that builds the workbook. */
    void workloadLayout(SXSSFSheet sheet) {
        header(sheet, WORKLOAD_HEADER, WORKLOAD_WIDTHS);
    }

    /**
     * One line per person, most loaded first; loads at or over the team's limits are highlighted.
     * Only rows, so another thread may write them while the workbook is built: each sheet streams
     * to its own file. Answers the last row written.
     */
    int workloadRows(SXSSFSheet sheet, List<Workload> workload, Map<Long, String> emails, Limits limits) {
        List<Workload> sorted = workload.stream().sorted(Comparator.comparingDouble(ReportSheets::percentOf).reversed()
                .thenComparing(Workload::name)).toList();
        int r = 1;
        for (Workload w : sorted) {
            Row row = sheet.createRow(r++);
            CellStyle load = percentOf(w) >= limits.capacityErrorPercent() ? styles.overError
                    : percentOf(w) >= limits.capacityWarnPercent() ? styles.overWarn : styles.decimal;
            Cells.text(row, 0, w.name(), styles.text);
            Cells.text(row, 1, emails.getOrDefault(w.personId(), ""), styles.text);
            Cells.number(row, 2, w.capacityHours(), styles.decimal);
            Cells.number(row, 3, w.loadHours(), load);
            if (w.loadPercent() == null) {
                Cells.text(row, 4, "no capacity", styles.text);
            } else {
                Cells.number(row, 4, w.loadPercent(), load);
            }
            Cells.number(row, 5, w.accountableCount(), styles.integer);
            Cells.number(row, 6, w.responsibleCount(), styles.integer);
            Cells.number(row, 7, w.consultedCount(), styles.integer);
            Cells.number(row, 8, w.informedCount(), styles.integer);
            Cells.text(row, 9, String.join(", ", w.roles()), styles.text);
        }
        return r - 1;
    }

    /** Someone without capacity who carries load is over every limit; without load, at 0. */
    private static double percentOf(Workload w) {
        if (w.loadPercent() != null) {
            return w.loadPercent();
        }
        return w.loadHours() > 0 ? Double.POSITIVE_INFINITY : 0;
    }

    /** The filter and print titles: names of the workbook, so added by the thread that builds it. */
    void finishWorkload(SXSSFSheet sheet, int lastRow) {
        finish(sheet, WORKLOAD_HEADER.size(), lastRow);
    }

    void warningsLayout(SXSSFSheet sheet) {
        header(sheet, WARNINGS_HEADER, WARNINGS_WIDTHS);
    }

    /** Every warning of the team, most severe first, with the subject spelled out; rows only, as above. */
    int warningsRows(SXSSFSheet sheet, List<Warning> warnings, Subjects subjects) {
        int r = 1;
        for (Warning w : warnings) {
            Row row = sheet.createRow(r++);
            Cells.label(row, 0, w.severity().name(), styles.severity.get(w.severity().name()));
            Cells.label(row, 1, w.code(), styles.code);
            Cells.text(row, 2, subjects.of(w), styles.wrapped);
            Cells.text(row, 3, w.message(), styles.wrapped);
            Cells.text(row, 4, w.advice(), styles.wrapped);
            int lines = Math.max(RowHeights.lines(w.message(), WARNINGS_WIDTHS[3]), RowHeights.lines(w.advice(), WARNINGS_WIDTHS[4]));
            row.setHeightInPoints(RowHeights.points(Math.max(lines, RowHeights.lines(row.getCell(2).getStringCellValue(),
                    WARNINGS_WIDTHS[2]))));
        }
        return r - 1;
    }

    void finishWarnings(SXSSFSheet sheet, int lastRow) {
        finish(sheet, WARNINGS_HEADER.size(), lastRow);
    }

    void legend(SXSSFSheet sheet) {
        header(sheet, List.of("Letter", "Meaning"), new int[]{10, LEGEND_WIDTH});
        int r = 1;
        r = legendLine(sheet, r, Letters.R.name(), styles.letters.get(Letters.R), "Responsible: does the work. Every row needs at least one R.");
        r = legendLine(sheet, r, Letters.A.name(), styles.letters.get(Letters.A),
                "Accountable: owns the outcome and signs it off. Every row needs exactly one A.");
        r = legendLine(sheet, r, Letters.RA.name(), styles.letters.get(Letters.RA), "Responsible and accountable: does the work and owns it.");
        r = legendLine(sheet, r, Letters.C.name(), styles.letters.get(Letters.C), "Consulted: asked before the decision; two-way communication.");
        r = legendLine(sheet, r, Letters.I.name(), styles.letters.get(Letters.I), "Informed: told after the decision; one-way communication.");
        r = legendLine(sheet, r, "Check", styles.severity.get("ERROR"),
                "A red row breaks a rule: no A, more than one A, or no R. The Check column says which.");
        r = legendLine(sheet, r, "A R C I", styles.header, "Per-row counts of each letter, and the totals per person below the matrix;"
                + " RA counts as A and as R. They recalculate when you change a letter.");
        r++;
        r = legendLine(sheet, r, "", styles.text.plain(), "To change the matrix: pick letters from each cell's drop-down (typing A/R or"
                + " \"r, a\" works too), save, and upload the file with PUT …/initiatives/{id}/raci.xlsx.");
        r = legendLine(sheet, r, "", styles.text.plain(), "Keep the last, hidden column of a matrix sheet: it tells raci-planner which"
                + " initiative and version the sheet shows, so that changes others made since your download are kept.");
        legendLine(sheet, r, "", styles.text.plain(), "Rows and people you remove from the sheet keep their letters; clear the cells"
                + " to remove letters.");
        PageSetup.landscapeFitToWidth(sheet);
    }

    private int legendLine(SXSSFSheet sheet, int r, String label, CellStyle labelStyle, String meaning) {
        Row row = sheet.createRow(r);
        Cells.label(row, 0, label, labelStyle);
        Cells.label(row, 1, meaning, styles.wrapped.plain());
        row.setHeightInPoints(RowHeights.points(RowHeights.lines(meaning, LEGEND_WIDTH)));
        return r + 1;
    }

    private void header(SXSSFSheet sheet, List<String> titles, int[] widths) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.size(); i++) {
            Cells.label(row, i, titles.get(i), styles.header);
            sheet.setColumnWidth(i, widths[i] * WIDTH_UNIT);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void finish(SXSSFSheet sheet, int columns, int lastRow) {
        StreamedWorkbook.filter(sheet, new CellRangeAddress(0, Math.max(lastRow, 1), 0, columns - 1));
        StreamedWorkbook.repeatOnEveryPage(sheet, 0);
        PageSetup.landscapeFitToWidth(sheet);
    }

    /** Names the person, initiative and responsibility a warning is about. */
    interface Subjects {
        String of(Warning warning);
    }
}

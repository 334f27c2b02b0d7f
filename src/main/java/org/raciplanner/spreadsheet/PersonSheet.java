package org.raciplanner.spreadsheet;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.raciplanner.analysis.Letters;
import org.raciplanner.assignments.Assignments;

import java.math.BigDecimal;
import java.util.List;

/**
 * One person's assignments on one sheet: a line per cell they hold, initiative by initiative
 * (initiative, roles, responsibility, letters, the row's effort and the hours it adds to their
 * week), a line for the communication they relay for others, and their load under it. The title
 * block and styles are the matrix sheets'.
 */
final class PersonSheet {

    static final List<String> HEADER = List.of("Initiative", "Kind", "Roles", "Responsibility", "Category", "Letters",
            "Effort h", "Hours a week");
    private static final int[] WIDTHS = {30, 10, 30, 64, 11, 9, 10, 13};
    private static final int TITLE_ROW = 0;
    private static final int DETAILS_ROW = 1;
    private static final int HINT_ROW = 2;
    private static final int HEADER_ROW = 3;
    private static final int WIDTH_UNIT = 256;
    private static final int LETTERS_COLUMN = 5;
    private static final int HOURS_COLUMN = 7;

    private final SXSSFSheet sheet;
    private final Assignments.Held held;
    private final Styles styles;
    private final String exportedAt;

    PersonSheet(SXSSFSheet sheet, Assignments.Held held, Styles styles, String exportedAt) {
        this.sheet = sheet;
        this.held = held;
        this.styles = styles;
        this.exportedAt = exportedAt;
    }

    void write() {
        titleBlock();
        Row header = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < HEADER.size(); i++) {
            Cells.label(header, i, HEADER.get(i), styles.header);
            sheet.setColumnWidth(i, WIDTHS[i] * WIDTH_UNIT);
        }
        int r = HEADER_ROW + 1;
        for (Assignments.OnInitiative on : held.initiatives()) {
            if (on.cells().isEmpty() && on.relayHours() == 0) {
                line(r++, on, "(staffed, no letters)", "", null, 0, 0);
            }
            for (Assignments.Cell c : on.cells()) {
                line(r++, on, c.row().name(), MatrixSheet.capitalized(c.row().category()), c.cell().letters().name(),
                        c.row().effortHours().doubleValue(), c.hours());
            }
            if (on.relayHours() > 0) {
                line(r++, on, "Keeping in sync those who communicate via them", "", null, 0, on.relayHours());
            }
        }
        Row total = sheet.createRow(r);
        Cells.label(total, 0, "Estimated load", styles.totalLabel);
        for (int i = 1; i < HOURS_COLUMN; i++) {
            Cells.label(total, i, "", styles.totalLabel);
        }
        Cells.number(total, HOURS_COLUMN, held.loadHours(), styles.total);
        sheet.createFreezePane(1, HEADER_ROW + 1);
        StreamedWorkbook.filter(sheet, new CellRangeAddress(HEADER_ROW, Math.max(r - 1, HEADER_ROW + 1), 0, HEADER.size() - 1));
        StreamedWorkbook.repeatOnEveryPage(sheet, HEADER_ROW);
        PageSetup.landscapeFitToWidth(sheet);
    }

    private void titleBlock() {
        Cells.text(sheet.createRow(TITLE_ROW), 0, held.person().name(), styles.title);
        StringBuilder details = new StringBuilder(held.person().email());
        if (held.person().title() != null) {
            details.append(" · ").append(held.person().title());
        }
        double capacity = held.person().capacityHours().doubleValue();
        details.append(" · load ").append(hours(held.loadHours())).append(" of ").append(hours(capacity)).append(" a week");
        if (held.loadPercent() != null) {
            details.append(" (").append(held.loadPercent()).append(" %)");
        }
        details.append(" · ").append(held.initiatives().size()).append(held.initiatives().size() == 1 ? " initiative" : " initiatives")
                .append(" · exported ").append(exportedAt);
        Cells.text(sheet.createRow(DETAILS_ROW), 0, details.toString(), styles.subtitle);
        Cells.label(sheet.createRow(HINT_ROW), 0, "A line per cell this person holds; hours are the estimated weekly load"
                + " each adds (R shares the row's effort, A adds a quarter, C a tenth, I a fiftieth). Warnings: next sheet.", styles.hint);
    }

    private void line(int r, Assignments.OnInitiative on, String responsibility, String category, String letters,
                      double effort, double hours) {
        Row row = sheet.createRow(r);
        Cells.text(row, 0, on.initiative().name(), styles.text);
        Cells.label(row, 1, MatrixSheet.capitalized(on.initiative().kind()), styles.text.plain());
        Cells.text(row, 2, String.join(", ", on.roles()), styles.text);
        Cells.text(row, 3, responsibility, styles.text);
        Cells.label(row, 4, category, styles.text.plain());
        if (letters == null) {
            Cells.label(row, LETTERS_COLUMN, "", styles.emptyCell);
        } else {
            Cells.label(row, LETTERS_COLUMN, letters, styles.letters.get(Letters.valueOf(letters)));
        }
        if (effort > 0) {
            Cells.number(row, 6, effort, styles.decimal);
        }
        Cells.number(row, HOURS_COLUMN, hours, styles.decimal);
    }

    /** 35.7 h, 40 h: as the warnings write hours. */
    private static String hours(double hours) {
        return BigDecimal.valueOf(Math.round(hours * 10) / 10.0).stripTrailingZeros().toPlainString() + " h";
    }
}

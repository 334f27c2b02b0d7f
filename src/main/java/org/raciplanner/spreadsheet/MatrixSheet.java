package org.raciplanner.spreadsheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.raciplanner.analysis.Letters;
import org.raciplanner.snapshot.Snapshot;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.raciplanner.spreadsheet.MatrixLayout.CATEGORY_COLUMN;
import static org.raciplanner.spreadsheet.MatrixLayout.COUNTED;
import static org.raciplanner.spreadsheet.MatrixLayout.FIRST_DATA_ROW;
import static org.raciplanner.spreadsheet.MatrixLayout.FIRST_PERSON_COLUMN;
import static org.raciplanner.spreadsheet.MatrixLayout.HEADER_ROW;
import static org.raciplanner.spreadsheet.MatrixLayout.NAME_COLUMN;

/**
 * Writes one initiative's matrix onto a streamed sheet, top to bottom: title block, header,
 * one row per responsibility, totals. Counts are formulas that recalculate when someone edits
 * a letter, written with their values so every reader shows the right numbers on opening.
 */
final class MatrixSheet {

    private static final int CHARS_PER_WIDTH_UNIT = 256;
    private static final int PERSON_COLUMN_WIDTH = 7;
    private static final int COUNT_COLUMN_WIDTH = 5;
    private static final int CHECK_COLUMN_WIDTH = 16;
    private static final int CATEGORY_COLUMN_WIDTH = 11;
    private static final int MAX_NAME_WIDTH = 60;
    /** Rows that fit on one landscape page under the title block and a tall header. */
    private static final int ROWS_ON_ONE_PAGE = 20;
    private static final double POINTS_PER_HEADER_CHAR = 6.2;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final SXSSFSheet sheet;
    private final MatrixData data;
    private final Styles styles;
    private final String exportedAt;
    private final int people;
    private final int nameWidth;

    MatrixSheet(SXSSFSheet sheet, MatrixData data, Styles styles, String exportedAt) {
        this.sheet = sheet;
        this.data = data;
        this.styles = styles;
        this.exportedAt = exportedAt;
        this.people = data.columns().size();
        this.nameWidth = nameWidth();
    }

    void write() {
        writeRows();
        layOut();
    }

    /**
     * The title block, the header, a row per responsibility and the totals: only the sheet's own
     * rows, which POI streams to the sheet's own file, so another thread may write them while this
     * sheet is laid out and other sheets are made.
     */
    void writeRows() {
        titleBlock();
        header();
        for (int i = 0; i < data.rows().size(); i++) {
            responsibility(i);
        }
        totals();
    }

    /** Widths, panes, the filter, print setup, highlighting and drop-downs: on the thread that builds the workbook. */
    void layOut() {
        layout();
        if (!data.rows().isEmpty()) {
            highlightBrokenRows();
            if (people > 0) {
                letterDropDown();
            }
        }
    }

    private void titleBlock() {
        Snapshot.Initiative in = data.initiative();
        Cells.text(sheet.createRow(MatrixLayout.TITLE_ROW), NAME_COLUMN, in.name(), styles.title);
        StringBuilder details = new StringBuilder(capitalized(in.kind()));
        if (in.startDate() != null || in.endDate() != null) {
            details.append(" · ").append(in.startDate() == null ? "open start" : DATE.format(in.startDate()))
                    .append(" – ").append(in.endDate() == null ? "open end" : DATE.format(in.endDate()));
        }
        if (in.budget() != null) {
            details.append(" · budget ").append(money(in.budget()));
        }
        details.append(" · exported ").append(exportedAt).append(" · matrix version ").append(in.version());
        Cells.label(sheet.createRow(MatrixLayout.DETAILS_ROW), NAME_COLUMN, details.toString(), styles.subtitle.plain());
        Cells.label(sheet.createRow(MatrixLayout.HINT_ROW), NAME_COLUMN, data.hint(), styles.hint);
    }

    private void header() {
        Row row = sheet.createRow(HEADER_ROW);
        Cells.label(row, NAME_COLUMN, MatrixLayout.NAME_HEADER, styles.header);
        Cells.label(row, CATEGORY_COLUMN, MatrixLayout.CATEGORY_HEADER, styles.header);
        int longest = 0;
        for (int p = 0; p < people; p++) {
            Snapshot.Column c = data.columns().get(p);
            Cells.text(row, FIRST_PERSON_COLUMN + p, MatrixLayout.personHeader(c), styles.personHeader);
            longest = Math.max(longest, Math.max(c.name().length(), Math.max(c.email().length(), MatrixLayout.roles(c).length())));
        }
        for (int i = 0; i < COUNTED.size(); i++) {
            Cells.label(row, MatrixLayout.countColumn(people, i), COUNTED.get(i), styles.header);
        }
        Cells.label(row, MatrixLayout.checkColumn(people), MatrixLayout.CHECK_HEADER, styles.header);
        Cells.label(row, MatrixLayout.baseColumn(people), data.marker(), styles.hint);
        row.setHeightInPoints((float) Math.min(400, Math.max(30, longest * POINTS_PER_HEADER_CHAR + 16)));
    }

    private void responsibility(int index) {
        Snapshot.Row r = data.rows().get(index);
        Row row = sheet.createRow(FIRST_DATA_ROW + index);
        Cells.text(row, NAME_COLUMN, r.name(), styles.rowName);
        int lines = RowHeights.lines(r.name(), nameWidth);
        if (lines > 1) {
            row.setHeightInPoints(RowHeights.points(lines));
        }
        Cells.label(row, CATEGORY_COLUMN, capitalized(r.category()), styles.category);
        int[] counts = new int[COUNTED.size()];
        Map<Long, String> base = new LinkedHashMap<>();
        for (int p = 0; p < people; p++) {
            String letters = data.letters(index, p);
            boolean changed = data.was(index, p) != null;
            Cell cell = row.createCell(FIRST_PERSON_COLUMN + p);
            if (letters == null) {
                cell.setCellStyle(changed ? styles.changedEmpty : styles.emptyCell);
                continue;
            }
            cell.setCellValue(letters);
            cell.setCellStyle((changed ? styles.changedLetters : styles.letters).get(Letters.valueOf(letters)));
            base.put(data.columns().get(p).person(), letters);
            for (int i = 0; i < counts.length; i++) {
                if (letters.contains(COUNTED.get(i))) {
                    counts[i]++;
                }
            }
        }
        int excelRow = FIRST_DATA_ROW + index + 1;
        for (int i = 0; i < COUNTED.size(); i++) {
            formula(row, MatrixLayout.countColumn(people, i), countFormula(COUNTED.get(i), personRange(excelRow)), styles.count)
                    .setCellValue(counts[i]);
        }
        formula(row, MatrixLayout.checkColumn(people), checkFormula(excelRow), styles.check).setCellValue(check(counts[0], counts[1]));
        if (data.uploadable()) {
            Cells.label(row, MatrixLayout.baseColumn(people), MatrixLayout.base(r.key(), base), styles.hint);
        }
    }

    private void totals() {
        int lastData = FIRST_DATA_ROW + data.rows().size();
        for (int i = 0; i < COUNTED.size(); i++) {
            Row row = sheet.createRow(lastData + i);
            String letter = COUNTED.get(i);
            Cells.label(row, NAME_COLUMN, MatrixLayout.TOTAL_PREFIX + letter, i == 0 ? styles.totalLabel : styles.text.plain());
            for (int p = 0; p < people; p++) {
                int column = FIRST_PERSON_COLUMN + p;
                int count = 0;
                for (int r = 0; r < data.rows().size(); r++) {
                    String l = data.letters(r, p);
                    count += l != null && l.contains(letter) ? 1 : 0;
                }
                String range = data.rows().isEmpty() ? null : new CellRangeAddress(FIRST_DATA_ROW, lastData - 1, column, column)
                        .formatAsString();
                Cell cell = range == null ? row.createCell(column) : formula(row, column, countFormula(letter, range), styles.total);
                cell.setCellValue(count);
                cell.setCellStyle(i == 0 ? styles.total : styles.count);
            }
        }
    }

    private void layout() {
        sheet.setColumnWidth(NAME_COLUMN, nameWidth * CHARS_PER_WIDTH_UNIT);
        sheet.setColumnWidth(CATEGORY_COLUMN, CATEGORY_COLUMN_WIDTH * CHARS_PER_WIDTH_UNIT);
        // People's columns take the sheet's default width: setting each one costs POI a scan of the others.
        sheet.setDefaultColumnWidth(PERSON_COLUMN_WIDTH);
        for (int i = 0; i < COUNTED.size(); i++) {
            sheet.setColumnWidth(MatrixLayout.countColumn(people, i), COUNT_COLUMN_WIDTH * CHARS_PER_WIDTH_UNIT);
        }
        sheet.setColumnWidth(MatrixLayout.checkColumn(people), CHECK_COLUMN_WIDTH * CHARS_PER_WIDTH_UNIT);
        sheet.setColumnHidden(MatrixLayout.baseColumn(people), true);
        sheet.createFreezePane(FIRST_PERSON_COLUMN - 1, FIRST_DATA_ROW);
        int lastRow = FIRST_DATA_ROW + Math.max(data.rows().size(), 1) - 1;
        StreamedWorkbook.filter(sheet, new CellRangeAddress(HEADER_ROW, lastRow, NAME_COLUMN, MatrixLayout.checkColumn(people)));
        // The header repeats on every printed page of a matrix too long for one page. Columns never
        // need repeating: the page is as wide as the sheet.
        if (data.rows().size() > ROWS_ON_ONE_PAGE) {
            StreamedWorkbook.repeatOnEveryPage(sheet, HEADER_ROW);
        }
        PageSetup.landscapeFitToWidth(sheet);
        sheet.setHorizontallyCenter(true);
    }

    /** Marks rows with no A, several A's or no R, as the Check column says, also after edits. */
    private void highlightBrokenRows() {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        String check = CellReference.convertNumToColString(MatrixLayout.checkColumn(people));
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule("LEN($" + check + (FIRST_DATA_ROW + 1) + ")>0");
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(Styles.color(Styles.RULE_BROKEN_FILL));
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        int last = FIRST_DATA_ROW + data.rows().size() - 1;
        formatting.addConditionalFormatting(new CellRangeAddress[]{
                new CellRangeAddress(FIRST_DATA_ROW, last, NAME_COLUMN, CATEGORY_COLUMN),
                new CellRangeAddress(FIRST_DATA_ROW, last, MatrixLayout.checkColumn(people), MatrixLayout.checkColumn(people))}, rule);
    }

    private void letterDropDown() {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint letters = helper.createExplicitListConstraint(MatrixLayout.ALLOWED_LETTERS.toArray(String[]::new));
        DataValidation validation = helper.createValidation(letters, new CellRangeAddressList(FIRST_DATA_ROW,
                FIRST_DATA_ROW + data.rows().size() - 1, FIRST_PERSON_COLUMN, FIRST_PERSON_COLUMN + people - 1));
        validation.setEmptyCellAllowed(true);
        validation.setSuppressDropDownArrow(true); // for .xlsx, true means the arrow is shown
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("Not a RACI letter", "Pick R, A, C, I or RA, or leave the cell empty.");
        sheet.addValidationData(validation);
    }

    private Cell formula(Row row, int column, String formula, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
        return cell;
    }

    private String personRange(int excelRow) {
        if (people == 0) {
            return null;
        }
        return CellReference.convertNumToColString(FIRST_PERSON_COLUMN) + excelRow + ":"
                + CellReference.convertNumToColString(FIRST_PERSON_COLUMN + people - 1) + excelRow;
    }

    /** Cells holding the letter; RA counts as both A and R. SEARCH ignores case, like the upload. */
    private static String countFormula(String letter, String range) {
        return range == null ? "0" : "SUMPRODUCT(--ISNUMBER(SEARCH(\"" + letter + "\"," + range + ")))";
    }

    private String checkFormula(int excelRow) {
        String a = CellReference.convertNumToColString(MatrixLayout.countColumn(people, 0)) + excelRow;
        String r = CellReference.convertNumToColString(MatrixLayout.countColumn(people, 1)) + excelRow;
        return "IF(" + a + "=0,\"No A\",IF(" + a + ">1," + a + "&\" A's\",\"\"))&IF(AND(" + a + "<>1," + r + "=0),\", \",\"\")&IF("
                + r + "=0,\"No R\",\"\")";
    }

    /** The same text as {@link #checkFormula}, for readers that show stored values. */
    static String check(int accountable, int responsible) {
        String a = accountable == 0 ? "No A" : accountable > 1 ? accountable + " A's" : "";
        String r = responsible == 0 ? "No R" : "";
        return a.isEmpty() || r.isEmpty() ? a + r : a + ", " + r;
    }

    private int nameWidth() {
        int longest = MatrixLayout.NAME_HEADER.length();
        for (Snapshot.Row r : data.rows()) {
            longest = Math.max(longest, r.name().length());
        }
        return Math.min(MAX_NAME_WIDTH, longest + 2);
    }

    static String capitalized(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String money(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return f.format(amount);
    }
}

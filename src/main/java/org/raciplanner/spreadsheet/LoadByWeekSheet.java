package org.raciplanner.spreadsheet;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFFontFormatting;
import org.raciplanner.analysis.Limits;
import org.raciplanner.analysis.Period;
import org.raciplanner.analysis.PeriodWorkload;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Load by week": people down, the horizon's ISO weeks across, each cell the week's load as a
 * percentage of that week's capacity. Coloured by conditional formatting with the team's warning
 * and error shares, so the colours follow a number someone changes; names and week headers frozen.
 * A week with load but no capacity (a holiday while holding work) reads "no capacity" in red; a
 * week off without load reads "off".
 */
final class LoadByWeekSheet {

    static final String NAME = "Load by week";
    static final String NO_CAPACITY = "no capacity";
    static final String OFF = "off";
    private static final int NAME_WIDTH = 28;
    private static final int WEEK_WIDTH = 10;
    private static final int WIDTH_UNIT = 256;
    private static final int FIRST_WEEK_COLUMN = 1;
    private static final float HEADER_POINTS = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final Styles styles;

    LoadByWeekSheet(Styles styles) {
        this.styles = styles;
    }

    /** Header, widths, frozen panes, the colours' rules and print setup: on the thread that builds the workbook. */
    void layOut(SXSSFSheet sheet, List<Period> weeks, int people, Limits limits) {
        Row header = sheet.createRow(0);
        header.setHeightInPoints(HEADER_POINTS);
        Cells.label(header, 0, "Person (load % of the week's capacity)", styles.header);
        sheet.setColumnWidth(0, NAME_WIDTH * WIDTH_UNIT);
        for (int w = 0; w < weeks.size(); w++) {
            Period week = weeks.get(w);
            Cells.label(header, FIRST_WEEK_COLUMN + w, week.label() + "\n" + DAY.format(week.start()), styles.header);
            sheet.setColumnWidth(FIRST_WEEK_COLUMN + w, WEEK_WIDTH * WIDTH_UNIT);
        }
        sheet.createFreezePane(FIRST_WEEK_COLUMN, 1);
        int lastColumn = FIRST_WEEK_COLUMN + weeks.size() - 1;
        if (people > 0) {
            colour(sheet, new CellRangeAddress(1, people, FIRST_WEEK_COLUMN, lastColumn), limits);
        }
        StreamedWorkbook.filter(sheet, new CellRangeAddress(0, Math.max(people, 1), 0, lastColumn));
        StreamedWorkbook.repeatOnEveryPage(sheet, 0);
        PageSetup.landscapeFitToWidth(sheet);
    }

    /**
     * One row per person, the highest peak first (then by name): rows only, so another thread may
     * write them while the workbook is built. Answers the last row written.
     */
    int rows(SXSSFSheet sheet, PeriodWorkload byWeek) {
        List<PeriodWorkload.Person> sorted = byWeek.people().stream()
                .sorted(Comparator.comparingDouble(LoadByWeekSheet::peak).reversed().thenComparing(PeriodWorkload.Person::name))
                .toList();
        int r = 1;
        for (PeriodWorkload.Person person : sorted) {
            Row row = sheet.createRow(r++);
            Cells.text(row, 0, person.name(), styles.text);
            for (int w = 0; w < person.load().size(); w++) {
                PeriodWorkload.Load load = person.load().get(w);
                if (load.loadPercent() != null) {
                    Cells.number(row, FIRST_WEEK_COLUMN + w, load.loadPercent(), styles.decimal);
                } else {
                    Cells.label(row, FIRST_WEEK_COLUMN + w, load.loadHours() > 0 ? NO_CAPACITY : OFF, styles.hint);
                }
            }
        }
        return r - 1;
    }

    private static double peak(PeriodWorkload.Person person) {
        double peak = 0;
        for (PeriodWorkload.Load load : person.load()) {
            double percent = load.loadPercent() != null ? load.loadPercent() : load.loadHours() > 0 ? Double.POSITIVE_INFINITY : 0;
            peak = Math.max(peak, percent);
        }
        return peak;
    }

    /** The error share first: a spreadsheet applies the first rule that holds. */
    private void colour(SXSSFSheet sheet, CellRangeAddress weeks, Limits limits) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        String cell = new CellReference(weeks.getFirstRow(), weeks.getFirstColumn(), false, false).formatAsString();
        ConditionalFormattingRule error = rule(formatting, "OR(" + cell + "=\"" + NO_CAPACITY + "\",AND(ISNUMBER(" + cell + "),"
                + cell + ">" + limits.capacityErrorPercent() + "))", Styles.RULE_BROKEN_FILL, Styles.RULE_BROKEN_FONT);
        ConditionalFormattingRule warn = rule(formatting, "AND(ISNUMBER(" + cell + ")," + cell + ">" + limits.capacityWarnPercent() + ")",
                Styles.OVER_WARN_FILL, null);
        formatting.addConditionalFormatting(new CellRangeAddress[]{weeks}, error, warn);
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting formatting, String formula, String fill, String font) {
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(formula);
        PatternFormatting pattern = rule.createPatternFormatting();
        pattern.setFillBackgroundColor(Styles.color(fill));
        pattern.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        if (font != null) {
            XSSFFontFormatting text = (XSSFFontFormatting) rule.createFontFormatting();
            text.setFontColor(Styles.color(font));
            text.setFontStyle(false, true);
        }
        return rule;
    }
}

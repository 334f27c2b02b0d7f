package org.raciplanner.spreadsheet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellBorder;
import org.raciplanner.analysis.Letters;

import java.util.EnumMap;
import java.util.Map;

/**
 * Every style a workbook uses, created once per workbook: Excel allows about 64,000 styles, and
 * a style per cell would both break that and slow the writer. Styles that hold text someone
 * typed come in pairs; the quote-prefixed twin keeps text such as {@code =1+1} plain text even
 * when the cell is edited again in Excel or LibreOffice.
 */
final class Styles {

    /** Fills shared with the web page, so a letter looks the same everywhere. */
    static final Map<Letters, String> LETTER_FILLS = Map.of(
            Letters.R, "C6EFCE", Letters.A, "F8CBAD", Letters.RA, "D9C2EC", Letters.C, "DDEBF7", Letters.I, "FFF2CC");
    static final String RULE_BROKEN_FILL = "FFC7CE";
    static final String OVER_WARN_FILL = "FFEB9C";
    static final String HEADER_FILL = "DCE3EA";
    /** The outline of a cell a scenario changes: the page's focus blue. */
    static final String CHANGED_BORDER = "0B63CE";
    static final String RULE_BROKEN_FONT = "9C0006";
    private static final String MUTED_FONT = "595959";

    final Text title;
    final Text subtitle;
    final CellStyle hint;
    final CellStyle header;
    final Text personHeader;
    final Text rowName;
    final CellStyle category;
    final CellStyle emptyCell;
    final Map<Letters, CellStyle> letters = new EnumMap<>(Letters.class);
    /** A scenario's changed cells: the letters' fill, outlined. */
    final Map<Letters, CellStyle> changedLetters = new EnumMap<>(Letters.class);
    final CellStyle changedEmpty;
    final CellStyle count;
    final CellStyle check;
    final CellStyle totalLabel;
    final CellStyle total;
    final Text text;
    final Text wrapped;
    final CellStyle decimal;
    final CellStyle integer;
    final CellStyle overWarn;
    final CellStyle overError;
    final Map<String, CellStyle> severity;
    final CellStyle code;

    private final SXSSFWorkbook workbook;

    Styles(SXSSFWorkbook workbook) {
        this.workbook = workbook;
        Font bold = font(true, 10, null);
        Font normal = font(false, 10, null);
        title = text(style(font(true, 16, null)));
        subtitle = text(style(font(false, 10, MUTED_FONT)));
        hint = style(font(false, 9, MUTED_FONT));
        hint.setWrapText(false);
        header = bordered(style(bold));
        fill(header, HEADER_FILL);
        header.setVerticalAlignment(VerticalAlignment.BOTTOM);
        header.setWrapText(true);
        XSSFCellStyle person = bordered(style(font(true, 9, null)));
        fill(person, HEADER_FILL);
        person.setRotation((short) 90);
        person.setWrapText(true);
        person.setAlignment(HorizontalAlignment.CENTER);
        person.setVerticalAlignment(VerticalAlignment.BOTTOM);
        personHeader = text(person);
        XSSFCellStyle name = bordered(style(normal));
        name.setWrapText(true);
        name.setVerticalAlignment(VerticalAlignment.CENTER);
        rowName = text(name);
        category = bordered(style(font(false, 9, MUTED_FONT)));
        category.setVerticalAlignment(VerticalAlignment.CENTER);
        emptyCell = centered(bordered(style(normal)));
        for (Letters l : Letters.values()) {
            boolean accountable = l == Letters.A || l == Letters.RA;
            CellStyle s = centered(bordered(style(accountable ? bold : normal)));
            fill(s, LETTER_FILLS.get(l));
            letters.put(l, s);
            changedLetters.put(l, outlined(s));
        }
        changedEmpty = outlined(emptyCell);
        count = centered(bordered(style(font(false, 9, MUTED_FONT))));
        check = bordered(style(font(true, 9, RULE_BROKEN_FONT)));
        check.setVerticalAlignment(VerticalAlignment.CENTER);
        totalLabel = style(bold);
        totalLabel.setBorderTop(BorderStyle.MEDIUM);
        total = centered(style(bold));
        total.setBorderTop(BorderStyle.MEDIUM);
        text = text(style(normal));
        XSSFCellStyle wrap = style(normal);
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = text(wrap);
        decimal = style(normal);
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        integer = style(normal);
        integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
        overWarn = style(bold);
        overWarn.setDataFormat(decimal.getDataFormat());
        fill(overWarn, OVER_WARN_FILL);
        overError = style(font(true, 10, RULE_BROKEN_FONT));
        overError.setDataFormat(decimal.getDataFormat());
        fill(overError, RULE_BROKEN_FILL);
        severity = Map.of("ERROR", top(filled(bold, RULE_BROKEN_FILL)), "WARNING", top(filled(bold, OVER_WARN_FILL)),
                "INFO", top(filled(bold, LETTER_FILLS.get(Letters.C))));
        code = top(style(normal));
    }

    /** A text style and its quote-prefixed twin for text that a spreadsheet would read as a formula. */
    record Text(CellStyle plain, CellStyle quoted) {
    }

    private Text text(XSSFCellStyle plain) {
        CellStyle quoted = workbook.createCellStyle();
        quoted.cloneStyleFrom(plain);
        quoted.setQuotePrefixed(true);
        return new Text(plain, quoted);
    }

    private XSSFCellStyle style(Font font) {
        XSSFCellStyle s = (XSSFCellStyle) workbook.createCellStyle();
        s.setFont(font);
        return s;
    }

    private CellStyle filled(Font font, String rgb) {
        CellStyle s = style(font);
        fill(s, rgb);
        return s;
    }

    private Font font(boolean bold, int points, String rgb) {
        XSSFFont f = (XSSFFont) workbook.createFont();
        f.setFontName("Calibri");
        f.setBold(bold);
        f.setFontHeightInPoints((short) points);
        if (rgb != null) {
            f.setColor(color(rgb));
        }
        return f;
    }

    private static <S extends CellStyle> S bordered(S s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private CellStyle outlined(CellStyle plain) {
        XSSFCellStyle s = (XSSFCellStyle) workbook.createCellStyle();
        s.cloneStyleFrom(plain);
        s.setBorderTop(BorderStyle.THICK);
        s.setBorderBottom(BorderStyle.THICK);
        s.setBorderLeft(BorderStyle.THICK);
        s.setBorderRight(BorderStyle.THICK);
        for (XSSFCellBorder.BorderSide side : XSSFCellBorder.BorderSide.values()) {
            s.setBorderColor(side, color(CHANGED_BORDER));
        }
        return s;
    }

    private static CellStyle top(CellStyle s) {
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private static CellStyle centered(CellStyle s) {
        s.setAlignment(HorizontalAlignment.CENTER);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    private static void fill(CellStyle s, String rgb) {
        ((XSSFCellStyle) s).setFillForegroundColor(color(rgb));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    static XSSFColor color(String rgb) {
        int v = Integer.parseInt(rgb, 16);
        return new XSSFColor(new byte[]{(byte) (v >> 16), (byte) (v >> 8), (byte) v}, null);
    }
}

package org.raciplanner.spreadsheet;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** How every sheet prints: A4 landscape, as wide as the page, as many pages down as needed, numbered. */
final class PageSetup {

    private static final double SIDE_MARGIN_INCHES = 0.4;
    private static final double END_MARGIN_INCHES = 0.5;

    private PageSetup() {
    }

    static void landscapeFitToWidth(SXSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.TOP, END_MARGIN_INCHES);
        sheet.setMargin(PageMargin.BOTTOM, END_MARGIN_INCHES);
        sheet.getFooter().setLeft("&A");
        sheet.getFooter().setRight("Page &P of &N");
    }
}

package org.raciplanner.support;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** Opens and edits downloaded workbooks with POI, the way a user's spreadsheet program would. */
public final class Workbooks {

    /** The header row of a matrix sheet (row 4 in Excel) and the first responsibility row. */
    public static final int HEADER = 3;
    public static final int FIRST_ROW = 4;

    private Workbooks() {
    }

    public static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the workbook, lets {@code edit} change it, and answers the saved bytes. */
    public static byte[] edit(byte[] bytes, Consumer<XSSFWorkbook> edit) {
        try (XSSFWorkbook workbook = open(bytes); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The column whose header holds this e-mail. */
    public static int column(Sheet sheet, String email) {
        for (Cell c : sheet.getRow(HEADER)) {
            if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().contains(email)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("No column for " + email);
    }

    /** The row whose first cell is this responsibility name. */
    public static Row row(Sheet sheet, String name) {
        for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && name.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row " + name);
    }

    /**
     * Types text into a cell, as a spreadsheet program would. POI alone would keep the old text of a
     * cell written as an inline string (as our export writes them) beside the new one.
     */
    public static void type(Cell cell, String text) {
        cell.setBlank();
        cell.setCellValue(text);
    }

    public static Cell cell(Sheet sheet, String rowName, String email) {
        Row row = row(sheet, rowName);
        int column = column(sheet, email);
        Cell cell = row.getCell(column);
        return cell != null ? cell : row.createCell(column);
    }
}

package org.raciplanner.spreadsheet;

import io.micronaut.context.BeanContext;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.raciplanner.matrix.Letters;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The benchmark's window into the spreadsheet feature: our team export, and the floor it is
 * measured against, raw POI writing the same cells with the same styles from memory.
 */
public final class ExportProbe {

    private final WorkbookContent content;
    private final WorkbookExport export;
    private final MatrixLoader loader;

    public ExportProbe(BeanContext context) {
        this.content = context.getBean(WorkbookContent.class);
        this.export = context.getBean(WorkbookExport.class);
        this.loader = context.getBean(MatrixLoader.class);
    }

    /** What {@code GET /teams/{id}/raci.xlsx} does, without HTTP. */
    public void teamWorkbook(long teamId, OutputStream out) {
        export.team(content.team(teamId), out);
    }

    /** The team's matrices, loaded once, for the baseline. */
    public Object matrices(long teamId) {
        return loader.load(teamId, null);
    }

    /** The baseline: a sheet per matrix with the same header, names, categories and letter cells and styles. */
    @SuppressWarnings("unchecked")
    public static void rawPoi(Object matrices, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Styles styles = new Styles(workbook);
            SheetNames names = new SheetNames();
            for (MatrixData m : (List<MatrixData>) matrices) {
                SXSSFSheet sheet = workbook.createSheet(names.next(m.initiative().name()));
                Row header = sheet.createRow(MatrixLayout.HEADER_ROW);
                for (int p = 0; p < m.columns().size(); p++) {
                    Cell cell = header.createCell(MatrixLayout.FIRST_PERSON_COLUMN + p);
                    cell.setCellValue(MatrixLayout.personHeader(m.columns().get(p)));
                    cell.setCellStyle(styles.personHeader.plain());
                }
                for (int r = 0; r < m.rows().size(); r++) {
                    Row row = sheet.createRow(MatrixLayout.FIRST_DATA_ROW + r);
                    Cell name = row.createCell(MatrixLayout.NAME_COLUMN);
                    name.setCellValue(m.rows().get(r).name());
                    name.setCellStyle(styles.rowName.plain());
                    Cell category = row.createCell(MatrixLayout.CATEGORY_COLUMN);
                    category.setCellValue(m.rows().get(r).category());
                    category.setCellStyle(styles.category);
                    for (int p = 0; p < m.columns().size(); p++) {
                        String letters = m.letters(r, p);
                        Cell cell = row.createCell(MatrixLayout.FIRST_PERSON_COLUMN + p);
                        if (letters == null) {
                            cell.setCellStyle(styles.emptyCell);
                        } else {
                            cell.setCellValue(letters);
                            cell.setCellStyle(styles.letters.get(Letters.valueOf(letters)));
                        }
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}

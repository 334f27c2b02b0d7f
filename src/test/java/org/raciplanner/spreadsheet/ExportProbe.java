package org.raciplanner.spreadsheet;

import io.micronaut.context.BeanContext;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.raciplanner.analysis.Letters;
import org.raciplanner.snapshot.Snapshots;

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
    private final Snapshots snapshots;

    public ExportProbe(BeanContext context) {
        this.content = context.getBean(WorkbookContent.class);
        this.export = context.getBean(WorkbookExport.class);
        this.snapshots = context.getBean(Snapshots.class);
    }

    /** What {@code GET /teams/{id}/raci.xlsx} does, without HTTP. */
    public void teamWorkbook(long teamId, OutputStream out) {
        export.team(content.team(teamId), out);
    }

    /** The team's matrices, loaded once, for the baseline. */
    public Object matrices(long teamId) {
        return snapshots.team(teamId).orElseThrow().matrices().stream().map(MatrixData::of).toList();
    }

    /**
     * The baseline: raw POI calls writing, from memory, the same cells as a matrix sheet with the
     * same styles: title lines, header, names, categories, letters, the four count formulas and the
     * check formula with their values, the hidden column, the totals. No database, no analysis, no
     * Workload or Warnings sheets, no drop-downs, highlighting or print setup.
     */
    @SuppressWarnings("unchecked")
    public static void rawPoi(Object matrices, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Styles styles = new Styles(workbook);
            SheetNames names = new SheetNames();
            for (MatrixData m : (List<MatrixData>) matrices) {
                rawSheet(workbook.createSheet(names.next(m.initiative().name())), m, styles);
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void rawSheet(SXSSFSheet sheet, MatrixData m, Styles styles) {
        int people = m.columns().size();
        for (int r = 0; r < MatrixLayout.HEADER_ROW; r++) {
            sheet.createRow(r).createCell(0).setCellValue(r == 0 ? m.initiative().name() : "details of " + m.initiative().name());
        }
        Row header = sheet.createRow(MatrixLayout.HEADER_ROW);
        header.createCell(0).setCellValue(MatrixLayout.NAME_HEADER);
        header.createCell(1).setCellValue(MatrixLayout.CATEGORY_HEADER);
        for (int p = 0; p < people; p++) {
            Cell cell = header.createCell(MatrixLayout.FIRST_PERSON_COLUMN + p);
            cell.setCellValue(MatrixLayout.personHeader(m.columns().get(p)));
            cell.setCellStyle(styles.personHeader.plain());
        }
        for (int i = 0; i < MatrixLayout.COUNTED.size(); i++) {
            header.createCell(MatrixLayout.countColumn(people, i)).setCellValue(MatrixLayout.COUNTED.get(i));
        }
        header.createCell(MatrixLayout.checkColumn(people)).setCellValue(MatrixLayout.CHECK_HEADER);
        header.createCell(MatrixLayout.baseColumn(people)).setCellValue(MatrixLayout.marker(m.initiative().id(), m.initiative().version()));
        String first = CellReference.convertNumToColString(MatrixLayout.FIRST_PERSON_COLUMN);
        String last = CellReference.convertNumToColString(MatrixLayout.FIRST_PERSON_COLUMN + Math.max(people, 1) - 1);
        for (int r = 0; r < m.rows().size(); r++) {
            Row row = sheet.createRow(MatrixLayout.FIRST_DATA_ROW + r);
            int excelRow = MatrixLayout.FIRST_DATA_ROW + r + 1;
            Cell name = row.createCell(MatrixLayout.NAME_COLUMN);
            name.setCellValue(m.rows().get(r).name());
            name.setCellStyle(styles.rowName.plain());
            Cell category = row.createCell(MatrixLayout.CATEGORY_COLUMN);
            category.setCellValue(m.rows().get(r).category());
            category.setCellStyle(styles.category);
            int[] counts = new int[MatrixLayout.COUNTED.size()];
            StringBuilder base = new StringBuilder(m.rows().get(r).key()).append('|');
            for (int p = 0; p < people; p++) {
                String letters = m.letters(r, p);
                Cell cell = row.createCell(MatrixLayout.FIRST_PERSON_COLUMN + p);
                if (letters == null) {
                    cell.setCellStyle(styles.emptyCell);
                    continue;
                }
                cell.setCellValue(letters);
                cell.setCellStyle(styles.letters.get(Letters.valueOf(letters)));
                base.append(m.columns().get(p).person()).append(':').append(letters).append(',');
                for (int i = 0; i < counts.length; i++) {
                    counts[i] += letters.contains(MatrixLayout.COUNTED.get(i)) ? 1 : 0;
                }
            }
            for (int i = 0; i < counts.length; i++) {
                Cell count = row.createCell(MatrixLayout.countColumn(people, i));
                count.setCellFormula("SUMPRODUCT(--ISNUMBER(SEARCH(\"" + MatrixLayout.COUNTED.get(i) + "\"," + first + excelRow + ":"
                        + last + excelRow + ")))");
                count.setCellValue(counts[i]);
                count.setCellStyle(styles.count);
            }
            String a = CellReference.convertNumToColString(MatrixLayout.countColumn(people, 0)) + excelRow;
            String rr = CellReference.convertNumToColString(MatrixLayout.countColumn(people, 1)) + excelRow;
            Cell check = row.createCell(MatrixLayout.checkColumn(people));
            check.setCellFormula("IF(" + a + "=0,\"No A\",IF(" + a + ">1," + a + "&\" A's\",\"\"))&IF(AND(" + a + "<>1," + rr
                    + "=0),\", \",\"\")&IF(" + rr + "=0,\"No R\",\"\")");
            check.setCellValue(MatrixSheet.check(counts[0], counts[1]));
            check.setCellStyle(styles.check);
            row.createCell(MatrixLayout.baseColumn(people)).setCellValue(base.toString());
        }
        int lastData = MatrixLayout.FIRST_DATA_ROW + m.rows().size();
        for (int i = 0; i < MatrixLayout.COUNTED.size(); i++) {
            Row row = sheet.createRow(lastData + i);
            row.createCell(0).setCellValue(MatrixLayout.TOTAL_PREFIX + MatrixLayout.COUNTED.get(i));
            for (int p = 0; p < people && m.rows().size() > 0; p++) {
                String column = CellReference.convertNumToColString(MatrixLayout.FIRST_PERSON_COLUMN + p);
                Cell total = row.createCell(MatrixLayout.FIRST_PERSON_COLUMN + p);
                total.setCellFormula("SUMPRODUCT(--ISNUMBER(SEARCH(\"" + MatrixLayout.COUNTED.get(i) + "\"," + column
                        + (MatrixLayout.FIRST_DATA_ROW + 1) + ":" + column + lastData + ")))");
                int count = 0;
                for (int r = 0; r < m.rows().size(); r++) {
                    String l = m.letters(r, p);
                    count += l != null && l.contains(MatrixLayout.COUNTED.get(i)) ? 1 : 0;
                }
                total.setCellValue(count);
                total.setCellStyle(styles.count);
            }
        }
    }
}

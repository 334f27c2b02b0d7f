package org.raciplanner.spreadsheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.raciplanner.analysis.Letters;
import org.raciplanner.api.Problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one located sheet; collects every problem and refuses once at the end. */
final class SheetReader {

    private static final int MAX_ISSUES = 200;
    private static final Set<String> OUR_LABELS = Set.of("responsibility", "category", "a", "r", "c", "i", "check");

    private final Located at;
    private final Map<String, String> rowNames;
    private final Map<String, Long> people;
    private final Map<String, String> keyByName = new HashMap<>();
    private final List<Problem.Issue> issues = new ArrayList<>();
    private final Map<Integer, Long> personColumns = new LinkedHashMap<>();
    private final List<Integer> strangerColumns = new ArrayList<>();
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private int nameColumn = MatrixLayout.NAME_COLUMN;

    SheetReader(Located at, Map<String, String> rowNames, Map<String, Long> people) {
        this.at = at;
        this.rowNames = rowNames;
        this.people = people;
        rowNames.forEach((key, name) -> keyByName.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), key));
    }

    UploadedMatrix read() {
        header();
        List<UploadedMatrix.Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int r = at.headerRow() + 1; r <= at.sheet().getLastRowNum(); r++) {
            Row row = at.sheet().getRow(r);
            if (row != null) {
                row(row, seen).ifPresent(rows::add);
            }
        }
        if (!issues.isEmpty()) {
            int total = issues.size();
            List<Problem.Issue> shown = issues.subList(0, Math.min(total, MAX_ISSUES));
            throw WorkbookReader.invalid("The workbook was not applied: " + total + (total == 1 ? " cell needs" : " cells need") + " fixing"
                    + (total > MAX_ISSUES ? " (the first " + MAX_ISSUES + " are listed)" : "") + "; nothing was changed.", shown);
        }
        return new UploadedMatrix(at.sheet().getSheetName(), at.marker().version(), rows);
    }

    private void header() {
        Row header = at.sheet().getRow(at.headerRow());
        Set<Long> seen = new HashSet<>();
        for (int c = 0; c < at.markerColumn(); c++) {
            String text = text(header.getCell(c));
            if (text == null || text.isBlank()) {
                continue;
            }
            if (text.strip().equalsIgnoreCase(MatrixLayout.NAME_HEADER)) {
                nameColumn = c;
                continue;
            }
            Optional<String> email = MatrixLayout.emailIn(text);
            if (email.isEmpty()) {
                if (!OUR_LABELS.contains(text.strip().toLowerCase(Locale.ROOT))) {
                    strangerColumns.add(c);
                }
                continue;
            }
            Long person = people.get(email.get().toLowerCase(Locale.ROOT));
            if (person == null) {
                issue(at.headerRow(), c, "\"" + email.get() + "\" is not a person of this team; add them to the roster first");
            } else if (!seen.add(person)) {
                issue(at.headerRow(), c, "\"" + email.get() + "\" has a second column; keep one");
            } else {
                personColumns.put(c, person);
            }
        }
    }

    private Optional<UploadedMatrix.Row> row(Row row, Map<String, Integer> seen) {
        Optional<MatrixLayout.Base> base = MatrixLayout.parseBase(text(row.getCell(at.markerColumn())));
        String name = text(row.getCell(nameColumn));
        String key = base.map(MatrixLayout.Base::key)
                .orElseGet(() -> name == null ? null : keyByName.get(name.strip().toLowerCase(Locale.ROOT)));
        strangerCells(row);
        if (key == null) {
            if (holdsLetters(row)) {
                issue(row.getRowNum(), nameColumn, (name == null || name.isBlank() ? "This row" : "\"" + name.strip() + "\"")
                        + " is not a responsibility of this initiative; add it to the initiative before giving it letters");
            }
            return Optional.empty();
        }
        if (!rowNames.containsKey(key)) {
            issue(row.getRowNum(), nameColumn, "the responsibility '" + key + "' is no longer on this initiative");
            return Optional.empty();
        }
        Integer earlier = seen.putIfAbsent(key, row.getRowNum());
        if (earlier != null) {
            issue(row.getRowNum(), nameColumn, "repeats the responsibility of row " + (earlier + 1) + "; keep one");
            return Optional.empty();
        }
        List<UploadedMatrix.Cell> cells = new ArrayList<>();
        personColumns.forEach((column, person) -> cell(row, column, person).ifPresent(cells::add));
        return Optional.of(new UploadedMatrix.Row(key, base.map(SheetReader::letters).orElse(null), cells));
    }

    private Optional<UploadedMatrix.Cell> cell(Row row, int column, long person) {
        Cell cell = row.getCell(column);
        String reference = at.reference(row.getRowNum(), column);
        String raw = letterText(cell, row.getRowNum(), column);
        if (raw == null) {
            return Optional.empty();
        }
        if (raw.isBlank()) {
            return Optional.of(new UploadedMatrix.Cell(reference, person, null));
        }
        try {
            return Optional.of(new UploadedMatrix.Cell(reference, person, Letters.parse(raw)));
        } catch (IllegalArgumentException e) {
            issues.add(Problem.Issue.cell(reference, e.getMessage()));
            return Optional.empty();
        }
    }

    /** The text of a letter cell; null (with an issue) when it holds something else than text. */
    private String letterText(Cell cell, int row, int column) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        issue(row, column, "\"" + formatter.formatCellValue(cell) + "\" is not one of " + Letters.ALLOWED);
        return null;
    }

    private boolean holdsLetters(Row row) {
        for (int column : personColumns.keySet()) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Letters under a header that names nobody would be lost silently, so they are refused. */
    private void strangerCells(Row row) {
        for (int column : strangerColumns) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
                issue(row.getRowNum(), column, "is in a column whose header (" + at.reference(column)
                        + ") names no team member's e-mail; put letters only in people's columns");
            }
        }
    }

    private void issue(int row, int column, String message) {
        issues.add(Problem.Issue.cell(at.reference(row, column), message));
    }

    /** The row's letters at export, or null if the hidden cell was damaged and so tells nothing. */
    private static Map<Long, Letters> letters(MatrixLayout.Base base) {
        Map<Long, Letters> letters = new HashMap<>();
        try {
            base.letters().forEach((person, l) -> letters.put(person, Letters.parse(l)));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return letters;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.STRING ? cell.getStringCellValue() : null;
    }
}

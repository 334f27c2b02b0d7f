package org.raciplanner.spreadsheet;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.raciplanner.matrix.Letters;
import org.raciplanner.web.ApiException;
import org.raciplanner.web.Problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the matrix sheet of an uploaded workbook and checks every cell against the initiative and
 * the team, collecting all problems (by cell reference) before refusing, so one upload tells the
 * user everything to fix.
 */
@Singleton
class WorkbookReader {

    /** How far down a sheet the header is looked for, in case someone inserted rows above it. */
    private static final int HEADER_SEARCH_ROWS = 30;
    private static final int MAX_ISSUES = 200;
    private static final Set<String> OUR_LABELS = Set.of("responsibility", "category", "a", "r", "c", "i", "check");

    WorkbookReader(SpreadsheetProperties properties) {
        // POI keeps these guards in static fields; this is the one place that sets them.
        ZipSecureFile.setMinInflateRatio(properties.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(properties.maxEntrySize());
    }

    /**
     * @param rowNames the initiative's responsibilities, name by key
     * @param people   the team's people, id by lower-case e-mail
     */
    UploadedMatrix read(byte[] file, long initiativeId, String initiativeName, Map<String, String> rowNames, Map<String, Long> people) {
        try (XSSFWorkbook workbook = open(file)) {
            Located sheet = locate(workbook, initiativeId, initiativeName);
            return new SheetReader(sheet, rowNames, people).read();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static XSSFWorkbook open(byte[] file) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(file));
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    private static ApiException unreadable(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "The file expands far beyond its size when unpacked"
                        + " and is refused as a possible zip bomb; upload the workbook as Excel or LibreOffice saved it.", List.of());
            }
        }
        String why = e instanceof EmptyFileException ? "The file is empty."
                : e instanceof OLE2NotOfficeXmlFileException ? "This is an old .xls file or an encrypted workbook; save it as an"
                + " unencrypted Excel workbook (.xlsx) and upload that."
                : e instanceof POIXMLException || e instanceof IOException || e instanceof RuntimeException
                ? "The file is not an Excel workbook (.xlsx) or is damaged." : "The file could not be read.";
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, why + " Upload a workbook downloaded from raci-planner.", List.of());
    }

    /** The sheet whose marker names this initiative; a workbook of another initiative is refused. */
    private static Located locate(XSSFWorkbook workbook, long initiativeId, String initiativeName) {
        List<Located> found = new ArrayList<>();
        for (Sheet sheet : workbook) {
            marker(sheet).ifPresent(found::add);
        }
        List<Located> ours = found.stream().filter(l -> l.marker.initiativeId() == initiativeId).toList();
        if (ours.size() == 1) {
            return ours.get(0);
        }
        if (ours.size() > 1) {
            throw invalid("Several sheets claim to be the matrix of '" + initiativeName + "'; keep one.",
                    ours.stream().map(l -> Problem.Issue.cell(l.reference(l.markerColumn), "is the matrix of this initiative too")).toList());
        }
        if (!found.isEmpty()) {
            Located other = found.get(0);
            throw invalid("This workbook holds the matrix of another initiative (#" + other.marker.initiativeId() + "), not of '"
                    + initiativeName + "' (#" + initiativeId + "); download this initiative's workbook and edit that.",
                    List.of(Problem.Issue.cell(other.reference(other.markerColumn), "belongs to initiative #" + other.marker.initiativeId())));
        }
        throw invalid("The workbook has no raci-planner matrix sheet: the hidden last column of the matrix, whose header starts with '"
                + MatrixLayout.MARKER + "', is missing. Download the workbook again and edit that copy.", List.of());
    }

    private static Optional<Located> marker(Sheet sheet) {
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    Optional<MatrixLayout.Marker> marker = MatrixLayout.parseMarker(cell.getStringCellValue());
                    if (marker.isPresent()) {
                        return Optional.of(new Located(sheet, r, cell.getColumnIndex(), marker.get()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    static ApiException invalid(String detail, List<Problem.Issue> issues) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, detail, issues);
    }

    private record Located(Sheet sheet, int headerRow, int markerColumn, MatrixLayout.Marker marker) {
        String reference(int column) {
            return reference(headerRow, column);
        }

        String reference(int row, int column) {
            return new CellReference(sheet.getSheetName(), row, column, false, false).formatAsString();
        }
    }

    /** Reads one located sheet; collects every problem and refuses once at the end. */
    private static final class SheetReader {
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
            for (int r = at.headerRow + 1; r <= at.sheet.getLastRowNum(); r++) {
                Row row = at.sheet.getRow(r);
                if (row != null) {
                    row(row, seen).ifPresent(rows::add);
                }
            }
            if (!issues.isEmpty()) {
                int total = issues.size();
                List<Problem.Issue> shown = issues.subList(0, Math.min(total, MAX_ISSUES));
                throw invalid("The workbook was not applied: " + total + (total == 1 ? " cell needs" : " cells need") + " fixing"
                        + (total > MAX_ISSUES ? " (the first " + MAX_ISSUES + " are listed)" : "") + "; nothing was changed.", shown);
            }
            return new UploadedMatrix(at.sheet.getSheetName(), at.marker.version(), rows);
        }

        private void header() {
            Row header = at.sheet.getRow(at.headerRow);
            Set<Long> seen = new HashSet<>();
            for (int c = 0; c < at.markerColumn; c++) {
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
                    issue(at.headerRow, c, "\"" + email.get() + "\" is not a person of this team; add them to the roster first");
                } else if (!seen.add(person)) {
                    issue(at.headerRow, c, "\"" + email.get() + "\" has a second column; keep one");
                } else {
                    personColumns.put(c, person);
                }
            }
        }

        private Optional<UploadedMatrix.Row> row(Row row, Map<String, Integer> seen) {
            Optional<MatrixLayout.Base> base = MatrixLayout.parseBase(text(row.getCell(at.markerColumn)));
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
}

package org.raciplanner.spreadsheet;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.Problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the matrix sheet of an uploaded workbook and checks every cell against the initiative and
 * the team, collecting all problems (by cell reference) before refusing, so one upload tells the
 * user everything to fix.
 */
@Singleton
class WorkbookReader {

    /** How far down a sheet the header is looked for, in case someone inserted rows above it. */
    private static final int HEADER_SEARCH_ROWS = 30;

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
        List<Located> ours = found.stream().filter(l -> l.marker().initiativeId() == initiativeId).toList();
        if (ours.size() == 1) {
            return ours.get(0);
        }
        if (ours.size() > 1) {
            throw invalid("Several sheets claim to be the matrix of '" + initiativeName + "'; keep one.",
                    ours.stream().map(l -> Problem.Issue.cell(l.reference(l.markerColumn()), "is the matrix of this initiative too")).toList());
        }
        if (!found.isEmpty()) {
            Located other = found.get(0);
            throw invalid("This workbook holds the matrix of another initiative (#" + other.marker().initiativeId() + "), not of '"
                    + initiativeName + "' (#" + initiativeId + "); download this initiative's workbook and edit that.",
                    List.of(Problem.Issue.cell(other.reference(other.markerColumn()), "belongs to initiative #" + other.marker().initiativeId())));
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
}

package org.raciplanner.spreadsheet;

import org.apache.commons.compress.archivers.zip.ParallelScatterZipCreator;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.parallel.InputStreamSupplier;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;

/**
 * POI's streaming workbook, writing the same parts with less work. Where POI's general code grows
 * with the square of the sheets, this does not: POI adds a filter's or a print title's defined name
 * after a look through every name and sheet, and finds each sheet's part by comparing its name with
 * every sheet's. It writes rows through {@link SheetXml}, copies a sheet's template around its rows
 * as bytes where POI decodes and encodes every character, and compresses the parts side by side.
 */
final class StreamedWorkbook extends SXSSFWorkbook {

    private static final String WORKBOOK_PART = "xl/workbook.xml";
    /** One more than the processors: a compressor also waits for its rows to be read. */
    private static final int COMPRESSORS = Math.min(4, Runtime.getRuntime().availableProcessors() + 1);

    private final Map<SXSSFSheet, Integer> indexes = new IdentityHashMap<>();
    private final DefinedNames names = new DefinedNames();

    StreamedWorkbook(int rowsInMemory) {
        super(rowsInMemory);
    }

    @Override
    public SXSSFSheet createSheet(String name) {
        SXSSFSheet sheet = super.createSheet(name);
        indexes.put(sheet, indexes.size());
        return sheet;
    }

    /**
     * What {@link SXSSFSheet#setAutoFilter} writes: the filter on the sheet and its hidden name. The
     * sheet is one of ours: every workbook we write is a streamed one.
     */
    static void filter(SXSSFSheet sheet, CellRangeAddress range) {
        ((StreamedWorkbook) sheet.getWorkbook()).addFilter(sheet, range);
    }

    /** What {@link SXSSFSheet#setRepeatingRows} writes for one row printed atop every page. */
    static void repeatOnEveryPage(SXSSFSheet sheet, int row) {
        ((StreamedWorkbook) sheet.getWorkbook()).addPrintTitle(sheet, row);
    }

    private void addFilter(SXSSFSheet sheet, CellRangeAddress range) {
        CTWorksheet worksheet = xssf(sheet).getCTWorksheet();
        (worksheet.isSetAutoFilter() ? worksheet.getAutoFilter() : worksheet.addNewAutoFilter()).setRef(range.formatAsString());
        names.filter(index(sheet), sheet.getSheetName(), range);
    }

    private void addPrintTitle(SXSSFSheet sheet, int row) {
        XSSFSheet xssf = xssf(sheet);
        names.printTitle(index(sheet), sheet.getSheetName(), row);
        if (!xssf.getCTWorksheet().isSetPageSetup() || !xssf.getCTWorksheet().isSetPageMargins()) {
            xssf.getPrintSetup().setValidSettings(false);
        }
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetXml();
    }

    /**
     * POI's {@code injectData}, with the sheets found by name and copied as bytes, the defined names
     * added, and the parts compressed side by side: by then every row is written, and this was the
     * longest stretch of an export that used one processor only.
     */
    @Override
    protected void injectData(ZipEntrySource template, OutputStream out) throws IOException {
        Map<String, SXSSFSheet> sheets = sheetsByPart();
        Map<ZipArchiveEntry, InputStreamSupplier> parts = new LinkedHashMap<>();
        try (template) {
            // Everything that may fail before compressing starts: then no compressor holds a file.
            for (ZipArchiveEntry entry : Collections.list(template.getEntries())) {
                byte[] content = content(template, entry);
                SXSSFSheet sheet = sheets.get(entry.getName());
                ZipArchiveEntry part = new ZipArchiveEntry(entry.getName());
                part.setMethod(ZipEntry.DEFLATED);
                if (entry.getTime() >= 0) {
                    part.setTime(entry.getTime());
                }
                byte[] bytes = entry.getName().equals(WORKBOOK_PART) ? names.addTo(content) : content;
                parts.put(part, sheet == null ? () -> new ByteArrayInputStream(bytes) : () -> rows(bytes, sheet));
            }
        }
        compress(parts, out);
    }

    private static void compress(Map<ZipArchiveEntry, InputStreamSupplier> parts, OutputStream out) throws IOException {
        ExecutorService compressors = Executors.newFixedThreadPool(COMPRESSORS, StreamedWorkbook::compressor);
        try {
            ParallelScatterZipCreator zipped = new ParallelScatterZipCreator(compressors);
            parts.forEach(zipped::addArchiveEntry);
            // POI's own zip writer (for Zip64Mode.Always) cannot take compressed parts. Every part's
            // sizes are known, so each is written with them, and in Zip64 only if it must be.
            ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
            zip.setUseZip64(Zip64Mode.AsNeeded);
            zipped.writeTo(zip);
            zip.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while compressing the workbook");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException unchecked ? unchecked.getCause() : e.getCause();
            throw cause instanceof IOException io ? io : new IOException("Could not compress the workbook", cause);
        } finally {
            compressors.shutdownNow();
        }
    }

    private static byte[] content(ZipEntrySource template, ZipArchiveEntry entry) throws IOException {
        try (InputStream in = template.getInputStream(entry)) {
            if (in instanceof ZipArchiveThresholdInputStream guarded) {
                guarded.setGuardState(false); // as POI does: only our own template is read
            }
            return in.readAllBytes();
        }
    }

    /** A sheet's part, opened by the compressor that takes it. */
    private static InputStream rows(byte[] template, SXSSFSheet sheet) {
        try {
            return SheetPart.of(template, sheet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Thread compressor(Runnable work) {
        Thread thread = new Thread(work, "workbook-compressor");
        thread.setDaemon(true);
        return thread;
    }

    private Map<String, SXSSFSheet> sheetsByPart() {
        Map<String, SXSSFSheet> byPart = new HashMap<>();
        indexes.forEach((sheet, index) -> byPart.put(xssf(sheet).getPackagePart().getPartName().getName().substring(1), sheet));
        return byPart;
    }

    private int index(SXSSFSheet sheet) {
        return indexes.get(sheet);
    }

    private XSSFSheet xssf(SXSSFSheet sheet) {
        return getXSSFWorkbook().getSheetAt(index(sheet));
    }
}

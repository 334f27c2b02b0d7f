package org.raciplanner.spreadsheet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.raciplanner.analysis.Letters;
import org.raciplanner.matrix.Matrices;
import org.raciplanner.matrix.MatrixEdit;
import org.raciplanner.snapshot.Snapshot;
import org.raciplanner.snapshot.Snapshots;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.Problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Applies an uploaded workbook to its initiative in one transaction. When the matrix changed since
 * the export, a three-way merge keeps the others' changes: a cell the uploader did not edit stays
 * as it is now, a cell only the uploader edited takes the upload, and a cell both changed
 * differently is a conflict (409) unless the upload is forced, in which case the upload wins there.
 */
@Singleton
class WorkbookImport {

    private final WorkbookReader reader;
    private final Snapshots snapshots;
    private final Matrices matrices;
    private final SpreadsheetProperties properties;

    WorkbookImport(WorkbookReader reader, Snapshots snapshots, Matrices matrices, SpreadsheetProperties properties) {
        this.reader = reader;
        this.snapshots = snapshots;
        this.matrices = matrices;
        this.properties = properties;
    }

    Result apply(long teamId, long initiativeId, byte[] file, boolean force) {
        if (file.length > properties.maxUploadSize()) {
            throw new ApiException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The workbook is " + file.length + " bytes; uploads are limited to "
                    + properties.maxUploadSize() + " bytes.", List.of());
        }
        Snapshot.Matrix matrix = snapshots.initiative(teamId, initiativeId)
                .orElseThrow(() -> ApiException.notFound("Initiative " + initiativeId)).matrix();
        Map<String, String> rowNames = new LinkedHashMap<>();
        matrix.rows().forEach(r -> rowNames.put(r.key(), r.name()));
        Map<String, Long> people = new HashMap<>();
        snapshots.people(teamId).forEach(p -> people.put(p.email().toLowerCase(Locale.ROOT), p.id()));
        UploadedMatrix upload = reader.read(file, initiativeId, matrix.initiative().name(), rowNames, people);
        List<Change> changes = new ArrayList<>();
        Matrices.EditResult result = matrices.edit(teamId, initiativeId, upload.people(),
                (version, rows, cells) -> plan(upload, version, rows, cells, force, changes));
        return new Result(initiativeId, result.version(), changes.size(), changes);
    }

    private static List<MatrixEdit.Change> plan(UploadedMatrix upload, long version, Set<String> rows,
                                                Map<MatrixEdit.CellKey, Letters> current, boolean force, List<Change> changes) {
        boolean stale = upload.version() != version;
        List<Problem.Issue> conflicts = new ArrayList<>();
        List<MatrixEdit.Change> plan = new ArrayList<>();
        for (UploadedMatrix.Row row : upload.rows()) {
            if (!rows.contains(row.key())) {
                throw WorkbookReader.invalid("The responsibility '" + row.key() + "' was removed while the workbook was uploaded;"
                        + " nothing was changed.", List.of());
            }
            for (UploadedMatrix.Cell cell : row.cells()) {
                MatrixEdit.CellKey key = new MatrixEdit.CellKey(row.key(), cell.personId());
                Letters now = current.get(key);
                Letters mine = cell.letters();
                if (Objects.equals(mine, now)) {
                    continue;
                }
                boolean baseKnown = row.base() != null;
                Letters base = baseKnown ? row.base().get(cell.personId()) : null;
                if (stale && baseKnown && Objects.equals(mine, base)) {
                    continue; // untouched by the uploader: keep what others did since
                }
                if (stale && !force && !(baseKnown && Objects.equals(now, base))) {
                    conflicts.add(Problem.Issue.cell(cell.reference(), conflict(mine, base, baseKnown, now)));
                    continue;
                }
                plan.add(new MatrixEdit.Change(key, mine));
                changes.add(new Change(cell.reference(), row.key(), cell.personId(), now, mine));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "The matrix changed since this workbook was exported (version "
                    + upload.version() + ", now " + version + ") and " + (conflicts.size() == 1 ? "1 cell you edited was"
                    : conflicts.size() + " cells you edited were") + " changed by someone else too; nothing was changed. Download the workbook again, or upload"
                    + " with ?force=true to keep your letters in those cells.", conflicts);
        }
        return plan;
    }

    private static String conflict(@Nullable Letters mine, @Nullable Letters base, boolean baseKnown, @Nullable Letters now) {
        String since = baseKnown ? "it was changed from " + shown(base) + " to " + shown(now) : "it is now " + shown(now);
        return "you wrote " + shown(mine) + ", but since your export " + since;
    }

    private static String shown(@Nullable Letters letters) {
        return letters == null ? "empty" : "\"" + letters.name() + "\"";
    }

    /** What an upload changed. */
    @Serdeable
    record Result(long initiativeId, long version, int changed, List<Change> changes) {
    }

    /** One changed cell; null letters mean empty. */
    @Serdeable
    record Change(String cell, String responsibility, long person, @Nullable Letters before, @Nullable Letters after) {
    }
}

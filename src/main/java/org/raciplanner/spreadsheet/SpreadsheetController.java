package org.raciplanner.spreadsheet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.raciplanner.database.RequestThreads;
import org.raciplanner.heavy.Heavy;
import org.raciplanner.heavy.Kind;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.raciplanner.api.QueryInstants;
import org.raciplanner.api.Refusals;
import org.raciplanner.api.QueryFlags;
import org.raciplanner.assignments.Assignments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * RACI workbooks: download an initiative's or the whole team's, upload an edited initiative workbook.
 * Each is heavy work, bounded per kind: over the bound a request waits its turn briefly, then gets 503.
 */
@Controller("/api/v1/teams/{teamId}")
@ExecuteOn(RequestThreads.NAME)
class SpreadsheetController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final WorkbookContent content;
    private final WorkbookExport export;
    private final WorkbookImport upload;
    private final Assignments assignments;
    private final Clock clock;

    SpreadsheetController(WorkbookContent content, WorkbookExport export, WorkbookImport upload, Assignments assignments, Clock clock) {
        this.content = content;
        this.export = export;
        this.upload = upload;
        this.assignments = assignments;
        this.clock = clock;
    }

    @Get(value = "/initiatives/{initiativeId}/raci.xlsx", produces = XLSX)
    @Heavy(Kind.INITIATIVE_EXPORT)
    @Refusals.Read
    @Refusals.Busy
    StreamedFile initiative(long teamId, long initiativeId,
                            @Nullable @QueryValue @Parameter(description = "An ISO-8601 instant with a zone: the matrix as it"
                                    + " was then, as GET …/matrix?at= gives it") String at) {
        WorkbookContent.Initiative initiative = content.initiative(teamId, initiativeId, QueryInstants.parse("at", at));
        return download(out -> export.initiative(initiative, out),
                FileNames.initiative(initiative.teamName(), initiative.matrix().initiative().name(), today()));
    }

    /** One person's assignments across initiatives, with their load and their warnings. */
    @Get(value = "/people/{personId}/raci.xlsx", produces = XLSX)
    @Heavy(Kind.PERSON_EXPORT)
    @Refusals.Read
    @Refusals.Busy
    StreamedFile person(long teamId, long personId) {
        Assignments.Held held = assignments.of(teamId, personId);
        return download(out -> export.person(held, out), FileNames.person(held.teamName(), held.person().name(), today()));
    }

    @Get(value = "/raci.xlsx", produces = XLSX)
    @Heavy(Kind.TEAM_EXPORT)
    @Refusals.Read
    @Refusals.Busy
    StreamedFile team(long teamId) {
        WorkbookContent.Team team = content.team(teamId);
        return download(out -> export.team(team, out), FileNames.team(team.name(), today()));
    }

    /**
     * The team workbook as a saved scenario would leave the team: its matrices with the changed cells
     * outlined (not for upload), Workload and Warnings as they would be, and a Changes sheet first.
     * 409 when the scenario was applied already or no longer fits the team.
     */
    @Get(value = "/scenarios/{scenarioId}/raci.xlsx", produces = XLSX)
    @Heavy(Kind.TEAM_EXPORT)
    @Refusals.Read
    @Refusals.Conflict
    @Refusals.Busy
    StreamedFile scenario(long teamId, long scenarioId) {
        WorkbookContent.Team team = content.scenario(teamId, scenarioId);
        return download(out -> export.team(team, out), FileNames.scenario(team.name(), team.scenario().name(), today()));
    }

    /**
     * Replaces the initiative's cells with the workbook's. With {@code force=true}, cells that
     * someone else changed since the export take the workbook's letters instead of being refused.
     */
    @Put(value = "/initiatives/{initiativeId}/raci.xlsx", consumes = {XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Heavy(Kind.WORKBOOK_UPLOAD)
    @Refusals.Busy
    @Refusals.Write
    @Refusals.WithBody
    @Refusals.Unprocessable
    WorkbookImport.Result upload(long teamId, long initiativeId,
                                 @Nullable @Body @Schema(type = "string", format = "binary",
                                         description = "The workbook file itself, as raw bytes") byte[] file,
                                 @QueryValue(defaultValue = "false") String force) {
        return upload.apply(teamId, initiativeId, file == null ? new byte[0] : file, QueryFlags.parse("force", force));
    }

    /**
     * Writes the workbook to a temporary file and streams it from there, so a large team workbook
     * never sits in memory; the file is unlinked at once and vanishes when the download closes.
     * The workbook is complete before this returns: the heavy work's permit ({@link Heavy}) covers
     * all of the writing, and streaming the finished file holds no more than a buffer.
     */
    private static StreamedFile download(Consumer<OutputStream> writer, String fileName) {
        Path file = null;
        try {
            file = Files.createTempFile("raci-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                writer.accept(out);
            }
            InputStream in = Files.newInputStream(file);
            return new StreamedFile(in, MediaType.of(XLSX), System.currentTimeMillis(), Files.size(file)).attach(fileName);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned by the system
                }
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

package org.raciplanner.matrix;

import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.uri.UriBuilder;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Parameter;
import org.raciplanner.api.QueryInstants;
import org.raciplanner.database.RequestThreads;
import org.raciplanner.api.Refusals;

import java.time.Instant;
import java.util.List;

@ExecuteOn(RequestThreads.NAME)
@Controller("/api/v1/teams/{teamId}/initiatives/{initiativeId}")
class MatrixController {

    private final Matrices matrices;
    private final AsOf asOf;

    MatrixController(Matrices matrices, AsOf asOf) {
        this.matrices = matrices;
        this.asOf = asOf;
    }

    /**
     * The matrix now, or with {@code at} as it was then: the state after every change the history
     * shows at that millisecond or before (a deleted initiative too, at a time it existed). Only the
     * matrix now has an {@code ETag}: a past one is nothing to base a change on.
     */
    @Get("/matrix")
    @Refusals.Read
    HttpResponse<MatrixViews.Matrix> matrix(long teamId, long initiativeId,
                                            @Nullable @QueryValue @Parameter(description = "An ISO-8601 instant with a zone,"
                                                    + " such as 2026-11-29T10:15:30Z: the matrix as it was then") String at) {
        Instant then = QueryInstants.parse("at", at);
        if (then != null) {
            return HttpResponse.ok(asOf.view(teamId, initiativeId, then));
        }
        MatrixViews.Matrix matrix = matrices.view(teamId, initiativeId);
        return HttpResponse.ok(matrix).header(HttpHeaders.ETAG, MatrixEtag.of(matrix.version()));
    }

    /** Sets one cell; with {@code If-Match} the write is refused (412) if the matrix changed meanwhile. */
    @Put("/matrix/{responsibilityKey}/{personId}")
    @Refusals.Write
    @Refusals.WithBody
    @Refusals.PreconditionFailed
    HttpResponse<MatrixViews.CellView> setCell(long teamId, long initiativeId, String responsibilityKey, long personId,
                                               @Body @Valid MatrixRequests.SetCell request,
                                               @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        Matrices.CellWrite write = matrices.setCell(teamId, initiativeId, responsibilityKey, personId, request.letters(), ifMatch);
        return HttpResponse.ok(write.cell()).header(HttpHeaders.ETAG, MatrixEtag.of(write.version()));
    }

    @Delete("/matrix/{responsibilityKey}/{personId}")
    @Status(HttpStatus.NO_CONTENT)
    @Refusals.Write
    @Refusals.PreconditionFailed
    HttpResponse<Void> clearCell(long teamId, long initiativeId, String responsibilityKey, long personId,
                                 @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        long version = matrices.clearCell(teamId, initiativeId, responsibilityKey, personId, ifMatch);
        return HttpResponse.<Void>status(HttpStatus.NO_CONTENT).header(HttpHeaders.ETAG, MatrixEtag.of(version));
    }

    @Get("/responsibilities")
    @Refusals.Read
    List<MatrixViews.Row> rows(long teamId, long initiativeId) {
        return matrices.rows(teamId, initiativeId);
    }

    @Post("/responsibilities")
    @Status(HttpStatus.CREATED)
    @Refusals.Write
    @Refusals.WithBody
    HttpResponse<MatrixViews.Row> addRow(long teamId, long initiativeId, @Body @Valid MatrixRequests.NewResponsibility request) {
        MatrixViews.Row row = matrices.addRow(teamId, initiativeId, request);
        return HttpResponse.created(row, UriBuilder.of("/api/v1/teams").path(String.valueOf(teamId)).path("initiatives")
                .path(String.valueOf(initiativeId)).path("responsibilities").path(row.key()).build());
    }

    @Patch("/responsibilities/{key}")
    @Refusals.Write
    @Refusals.WithBody
    MatrixViews.Row updateRow(long teamId, long initiativeId, String key, @Body @Valid MatrixRequests.ResponsibilityPatch patch) {
        return matrices.updateRow(teamId, initiativeId, key, patch);
    }

    @Delete("/responsibilities/{key}")
    @Status(HttpStatus.NO_CONTENT)
    @Refusals.Write
    HttpResponse<Void> deleteRow(long teamId, long initiativeId, String key) {
        matrices.deleteRow(teamId, initiativeId, key);
        return HttpResponse.noContent();
    }
}

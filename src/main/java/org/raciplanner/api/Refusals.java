package org.raciplanner.api;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The refusals an operation documents in the OpenAPI document. Each annotation stands for one
 * status with its problem+json body and the reasons it is given; {@link Read}, {@link Write} and
 * {@link WithBody} bundle the sets most operations share, so a controller method states in a line
 * or two what it can answer and the wording lives only here. micronaut-openapi reads them at
 * compile time; they do nothing at run time. The HTTP tests check every answer against the
 * document, so a status missing here fails a test.
 */
public final class Refusals {

    private Refusals() {
    }

    @Retention(RetentionPolicy.SOURCE)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "400", description = "Bad input: malformed JSON, a wrong type, a value out of range, an id that is not a number; `errors` names each bad field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface BadRequest {
    }

    @Retention(RetentionPolicy.SOURCE)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "401", description = "No bearer token, or one that is not (or no longer) valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface Unauthorized {
    }

    @Retention(RetentionPolicy.SOURCE)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "403", description = "The token's role is too low for this (the detail says which role is needed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface Forbidden {
    }

    @Retention(RetentionPolicy.SOURCE)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "404", description = "Unknown id, or another team's: answered as if it did not exist",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface NotFound {
    }

    @Retention(RetentionPolicy.SOURCE)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "409", description = "A duplicate, a stale `version`, a delete that would lose data, or a concurrent change",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface Conflict {
    }

    @Retention(RetentionPolicy.SOURCE)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "412", description = "`If-Match` names a matrix version that is no longer current",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface PreconditionFailed {
    }

    @Retention(RetentionPolicy.SOURCE)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "413", description = "The body is larger than the service accepts",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface TooLarge {
    }

    @Retention(RetentionPolicy.SOURCE)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "415", description = "The body's `Content-Type` is not one this operation reads",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface UnsupportedMediaType {
    }

    @Retention(RetentionPolicy.SOURCE)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "422", description = "Well formed but cannot be applied: a workbook (`errors` names each bad"
            + " cell), or changes that name what the team does not have (`errors` names each as `changes[i].field`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface Unprocessable {
    }

    @Retention(RetentionPolicy.SOURCE)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "503", description = "The service is busy with other heavy requests of this kind (workbooks,"
            + " what-if evaluations):"
            + " try again after the `Retry-After` seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again",
                    schema = @Schema(type = "integer")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface Busy {
    }

    /** Reading under a team: a bad id, no token, another team's or an unknown id. */
    @Retention(RetentionPolicy.SOURCE)
    @Target(ElementType.METHOD)
    @BadRequest
    @Unauthorized
    @NotFound
    public @interface Read {
    }

    /** Changing something under a team: what reading can answer, plus a role too low and conflicts. */
    @Retention(RetentionPolicy.SOURCE)
    @Target(ElementType.METHOD)
    @BadRequest
    @Unauthorized
    @Forbidden
    @NotFound
    @Conflict
    public @interface Write {
    }

    /** An operation that reads a request body. */
    @Retention(RetentionPolicy.SOURCE)
    @Target(ElementType.METHOD)
    @TooLarge
    @UnsupportedMediaType
    public @interface WithBody {
    }
}

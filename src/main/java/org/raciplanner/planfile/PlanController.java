package org.raciplanner.planfile;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.Problem;
import org.raciplanner.api.QueryFlags;
import org.raciplanner.api.Refusals;
import org.raciplanner.heavy.Heavy;
import org.raciplanner.heavy.Kind;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.raciplanner.database.RequestThreads;

/**
 * The team as a file (roster as code): {@code GET …/plan} writes it as JSON or YAML, by
 * {@code Accept}; {@code PUT …/plan} takes either, by {@code Content-Type}, and applies it, or with
 * {@code dryRun=true} says what applying it would do. Its JSON Schema is at {@value #SCHEMA}.
 */
@ExecuteOn(RequestThreads.NAME)
@Controller("/api/v1/teams/{teamId}/plan")
class PlanController {

    static final String SCHEMA = "/schemas/plan-v1.json";
    private static final String YAML = "application/yaml";
    private static final String DESCRIBED = "A plan file: settings, people by e-mail, initiatives by handle; its JSON Schema is at "
            + SCHEMA;
    private static final Pattern ETAG = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

    private final Plans plans;
    private final long maxSize;

    PlanController(Plans plans, @Value("${raci.plan.max-size:8MB}") @ReadableBytes long maxSize) {
        this.plans = plans;
        this.maxSize = maxSize;
    }

    /** The team as a plan file, YAML when {@code Accept} prefers it; the ETag is the team's version, for If-Match. */
    @Get(produces = {MediaType.APPLICATION_JSON, YAML})
    @Heavy(Kind.PLAN)
    @ApiResponse(responseCode = "200", description = DESCRIBED, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object", description = DESCRIBED)),
            @Content(mediaType = YAML, schema = @Schema(type = "string", description = DESCRIBED))},
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "ETag", description = "The team's version, for If-Match",
                    schema = @Schema(type = "string")))
    @Refusals.Read
    @Refusals.Busy
    HttpResponse<byte[]> get(long teamId, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        PlanFormat format = PlanFormat.accepted(accept);
        Plans.Exported plan = plans.export(teamId);
        return HttpResponse.ok(format.write(plan.document()).getBytes(StandardCharsets.UTF_8))
                .contentType(format.mediaType() + ";charset=utf-8")
                .header(HttpHeaders.ETAG, etag(plan.version()));
    }

    /**
     * Applies the file in one transaction, or with {@code dryRun=true} says what applying it would do and
     * saves nothing. Without {@code prune=true} nothing the file leaves out is deleted: it is listed as
     * {@code unmanaged}. With If-Match (the ETag of GET) it is refused (412) when the team changed since.
     */
    @Put(consumes = {MediaType.APPLICATION_JSON, YAML, "application/x-yaml", "text/yaml", "text/x-yaml"})
    @Heavy(Kind.PLAN)
    @Refusals.Write
    @Refusals.WithBody
    @Refusals.PreconditionFailed
    @Refusals.Busy
    HttpResponse<PlanViews.Outcome> put(long teamId,
                                        @Nullable @Body @RequestBody(description = DESCRIBED, content = {
                                                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object")),
                                                @Content(mediaType = YAML, schema = @Schema(type = "string"))}) byte[] file,
                                        @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType,
                                        @QueryValue(defaultValue = "false") String dryRun,
                                        @QueryValue(defaultValue = "false") String prune,
                                        @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        boolean preview = QueryFlags.parse("dryRun", dryRun);
        boolean pruning = QueryFlags.parse("prune", prune);
        Long expected = expected(ifMatch);
        byte[] bytes = file == null ? new byte[0] : file;
        if (bytes.length > maxSize) {
            throw new ApiException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The file is " + bytes.length
                    + " bytes; plan files are limited to " + maxSize + " bytes", List.of());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        Tree tree = PlanFormat.of(contentType).read(text.startsWith("\uFEFF") ? text.substring(1) : text);
        PlanViews.Outcome outcome = plans.put(teamId, tree, preview, pruning, expected);
        return HttpResponse.ok(outcome).header(HttpHeaders.ETAG, etag(outcome.version()));
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version If-Match names; null for none or {@code *}. */
    @Nullable
    private static Long expected(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher m = ETAG.matcher(ifMatch.strip());
        if (!m.matches()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The request is not valid", List.of(Problem.Issue.field("If-Match",
                    "must be the plan's ETag, such as \"7\", not " + ifMatch.strip())));
        }
        return Long.parseLong(m.group(1));
    }
}

package org.raciplanner.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The generated OpenAPI document as a check on the service: {@link Api} hands it every answer the
 * HTTP tests receive, and a status, media type or body the document does not describe fails the
 * test. Only {@code /api} is documented; requests to routes that do not exist (405, unknown paths)
 * have no operation to compare with and are left to the tests that make them.
 */
public final class Contract {

    public static final String DOCUMENT = "META-INF/swagger/raci-planner.yml";
    private static final int METHOD_NOT_ALLOWED = 405;

    private final OpenApiInteractionValidator validator;

    private Contract(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** The document this build generated; read once for the whole test run. */
    public static Contract generated() {
        return Generated.CONTRACT;
    }

    /** A document read from elsewhere, such as the one a running jar serves. */
    public static Contract of(String yaml) {
        return new Contract(OpenApiInteractionValidator.createForInlineApiSpecification(yaml)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.path.missing", Level.IGNORE)
                        .withLevel("validation.response.operation.notAllowed", Level.IGNORE)
                        .build())
                .build());
    }

    /** The document's complaints about this answer to {@code path} (without a query), one per line; empty when it matches. */
    public String mismatches(String method, String path, int status, String contentType, String body) {
        if (!path.startsWith("/api/") || status == METHOD_NOT_ALLOWED) {
            return ""; // a 405 is the router saying no operation exists for this method: nothing to compare with
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
        return report.getMessages().stream().filter(m -> m.getLevel() == Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage()).collect(Collectors.joining("\n"));
    }

    /** Fails the test when the answer is not what the document says this operation answers. */
    public void check(String method, String path, int status, String contentType, String body) {
        String mismatches = mismatches(method, path, status, contentType, body);
        if (!mismatches.isEmpty()) {
            fail(method + " " + path + " answered " + status + " " + contentType + ", which the OpenAPI document does not describe:\n"
                    + mismatches + "\nbody: " + body);
        }
    }

    private static final class Generated {
        static final Contract CONTRACT = of(read());

        private static String read() {
            try (InputStream in = Contract.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
                if (in == null) {
                    throw new IllegalStateException(DOCUMENT + " is not on the class path: was the main code compiled?");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

package org.raciplanner.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place where failures become response bodies: Micronaut's own handlers (bad JSON, wrong
 * media type, unknown route, conversion errors) and ours all end here, so every error is
 * problem+json and none carries a stack trace or an SQL message.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemBodyProvider.class);

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        int status = response.code();
        String title = HttpStatus.valueOf(status).getReason();
        String type = "https://raci-planner.org/problems/" + status;
        // first: a refusal we decided on (a 503 when busy included) is no failure to log
        if (context.getRootCause().orElse(null) instanceof ApiException api) {
            return new Problem(type, title, status, api.getMessage(), api.issues().isEmpty() ? null : api.issues());
        }
        if (status >= 500) {
            context.getRootCause().ifPresent(e -> LOG.error("Request {} {} failed",
                    context.getRequest().getMethod(), context.getRequest().getPath(), e));
            return new Problem(type, title, status, "The server could not complete the request; it has been logged.", null);
        }
        Optional<String> inBody = bodyPath(context);
        List<Problem.Issue> issues = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> Problem.Issue.field(field(e.getPath().get(), inBody), readable(e.getMessage())))
                .toList();
        return new Problem(type, title, status, detail(context, status), issues.isEmpty() ? null : issues);
    }

    private static String detail(ErrorContext context, int status) {
        if (status == 404) {
            return "No resource at " + context.getRequest().getPath();
        }
        return context.getErrors().stream().map(Error::getMessage).map(ProblemBodyProvider::readable).findFirst().orElse(null);
    }

    /**
     * Path variables keep their name; a body that could not be read is reported by where in it the
     * bad value stands ({@code kind}, {@code [3].capacityHours}), or as {@code body} when the JSON
     * itself is broken.
     */
    private static String field(String path, Optional<String> inBody) {
        String name = path.startsWith("/") ? path.substring(1) : path;
        return BODY_ARGUMENTS.contains(name) ? inBody.orElse("body") : name;
    }

    private static Optional<String> bodyPath(ErrorContext context) {
        for (Throwable t = context.getRootCause().orElse(null); t != null; t = t.getCause()) {
            if (t instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (ReferencePath step : serde.getPath()) {
                    if (step instanceof CollectionItemReferencePath item) {
                        path.append('[').append(item.index()).append(']');
                    } else if (step instanceof PropertyReferencePath property) {
                        path.append(path.isEmpty() ? "" : ".").append(property.property().getName());
                    }
                }
                return path.isEmpty() ? Optional.empty() : Optional.of(path.toString());
            }
        }
        return Optional.empty();
    }

    /** Framework messages name Java types and parser internals; clients need only what was wrong. */
    static String readable(String message) {
        if (message == null) {
            return null;
        }
        String m = CONVERSION_PREFIX.matcher(message).replaceFirst("");
        m = DECODING_PREFIX.matcher(m).replaceFirst("");
        m = PARSER_LOCATION.matcher(m).replaceAll("");
        m = JAVA_TYPE.matcher(m).replaceAll("$1");
        m = UNKNOWN_ENUM.matcher(m).replaceAll("'$2' is not a known $1");
        m = QUALIFIED_NAME.matcher(m).replaceAll("$1");
        return m.strip();
    }

    private static final Set<String> BODY_ARGUMENTS = Set.of("request", "patch", "people", "entries", "body");
    private static final Pattern CONVERSION_PREFIX =
            Pattern.compile("^Failed to convert argument \\[(\\w+)] for value \\[[^]]*] due to: ");
    private static final Pattern PARSER_LOCATION =
            Pattern.compile("\\s*\\n?\\s*at \\[Source: .*$", Pattern.DOTALL);
    private static final Pattern JAVA_TYPE = Pattern.compile("`(?:[a-z]\\w*\\.)+(\\w+(?:\\$\\w+)?)`");
    private static final Pattern DECODING_PREFIX = Pattern.compile("^Error decoding property \\[[^]]*] of type \\[[^]]*]: ");
    private static final Pattern UNKNOWN_ENUM = Pattern.compile("No enum constant (?:[a-z]\\w*\\.)+(\\w+)\\.(\\w+)");
    /** Any other Java class name: clients need the simple name at most, never our packages. */
    private static final Pattern QUALIFIED_NAME = Pattern.compile("(?:[a-z]\\w*\\.){2,}([A-Z]\\w*)(?:\\$\\w+)*");

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }
}

package org.raciplanner.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

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
                .map(e -> Problem.Issue.field(field(e.getPath().get(), inBody), Wording.readable(e.getMessage())))
                .toList();
        return new Problem(type, title, status, detail(context, status, issues), issues.isEmpty() ? null : issues);
    }

    /** A sentence: the first issue with the field it is about ({@code maxRole is not a field of this request}). */
    private static String detail(ErrorContext context, int status, List<Problem.Issue> issues) {
        if (status == 404) {
            return "No resource at " + context.getRequest().getPath();
        }
        if (!issues.isEmpty()) {
            Problem.Issue first = issues.get(0);
            boolean sentence = first.message().isEmpty() || Character.isUpperCase(first.message().charAt(0));
            return sentence ? first.message() : first.field() + " " + first.message();
        }
        return context.getErrors().stream().map(Error::getMessage).map(Wording::readable).findFirst().orElse(null);
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
        return SerdePaths.of(context.getRootCause().orElse(null));
    }

    private static final Set<String> BODY_ARGUMENTS = Set.of("request", "patch", "people", "entries", "body");

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }
}

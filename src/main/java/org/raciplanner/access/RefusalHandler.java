package org.raciplanner.access;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import org.raciplanner.api.ApiException;

import java.util.List;

/**
 * Turns a refusal of the security filter into a problem document with the reason {@link Access}
 * gave: 401, 403, or 404 for another team's path. Replaces the framework's handler, which would
 * answer the same status for every refusal and redirect browsers.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class RefusalHandler implements ExceptionHandler<AuthorizationException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;

    RefusalHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        Access.Decision decision = Access.decide(request, exception.getAuthentication());
        HttpStatus status = switch (decision.verdict()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
            case PUBLIC, ALLOWED, ELSEWHERE -> exception.isForbidden() ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED;
        };
        String detail = switch (decision.verdict()) {
            case NOT_FOUND, FORBIDDEN, UNAUTHORIZED -> decision.reason();
            case PUBLIC, ALLOWED, ELSEWHERE -> "This is not open to " + (exception.isForbidden() ? "this token" : "requests without a token");
        };
        MutableHttpResponse<?> response = errors.processResponse(
                ErrorContext.builder(request).cause(new ApiException(status, detail, List.of())).build(), HttpResponse.status(status));
        return status == HttpStatus.UNAUTHORIZED ? response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer") : response;
    }
}

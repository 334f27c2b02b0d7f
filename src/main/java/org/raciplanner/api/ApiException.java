package org.raciplanner.api;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** A refusal the service decided on, with everything the client needs to fix the request. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final List<Problem.Issue> issues;

    public ApiException(HttpStatus status, String detail, List<Problem.Issue> issues) {
        super(detail);
        this.status = status;
        this.issues = List.copyOf(issues);
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, what + " was not found", List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, detail, List.of());
    }

    public static ApiException conflict(String detail, List<Problem.Issue> issues) {
        return new ApiException(HttpStatus.CONFLICT, detail, issues);
    }

    public static ApiException badRequest(String detail, List<Problem.Issue> issues) {
        return new ApiException(HttpStatus.BAD_REQUEST, detail, issues);
    }

    public static ApiException invalidField(String field, String message) {
        return badRequest("The request is not valid", List.of(Problem.Issue.field(field, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public List<Problem.Issue> issues() {
        return issues;
    }
}

package org.raciplanner.api;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The schema is the last guard: a constraint it enforces (typically a race two requests lost
 * against each other) becomes a 409 or 400 that names the field, never a 500 with SQL in it.
 */
@Singleton
class DataIntegrityHandler implements ExceptionHandler<DataAccessException, HttpResponse<?>> {

    private static final Map<String, Problem.Issue> KNOWN = Map.of(
            "person_email_per_team", Problem.Issue.field("email", "is already used by another person of this team"),
            "responsibility_initiative_id_key_key", Problem.Issue.field("key", "already exists on this initiative"),
            "staffing_initiative_id_role_person_id_key", Problem.Issue.field("staffing", "names the same person twice for one role"),
            "token_team_id_name_key", Problem.Issue.field("name", "is already the name of another token of this team"),
            "initiative_handle_per_team", Problem.Issue.field("handle", "is already the handle of another initiative of this team"));

    private final ErrorResponseProcessor<?> errors;

    DataIntegrityHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DataAccessException exception) {
        ApiException problem = exception instanceof OptimisticLockException
                ? ApiException.conflict("Someone else changed this at the same moment; read it again and repeat your change",
                        List.of(Problem.Issue.field("version", "is stale")))
                : fromSql(sqlCause(exception));
        if (problem == null) {
            throw exception;
        }
        return errors.processResponse(ErrorContext.builder(request).cause(problem).build(),
                HttpResponse.status(problem.status()));
    }

    private static ApiException fromSql(SQLException sql) {
        if (sql == null || sql.getSQLState() == null) {
            return null;
        }
        String constraint = constraintName(sql);
        return switch (sql.getSQLState()) {
            case "23505" -> ApiException.conflict("This would create a duplicate",
                    List.of(KNOWN.getOrDefault(constraint, Problem.Issue.field("body", "duplicates an existing entry"))));
            case "23503" -> ApiException.conflict("This still refers to, or is referred to by, other data");
            case "23514", "22001", "22003" -> ApiException.badRequest("A value is out of its allowed range", List.of());
            case "22021", "22P05" -> ApiException.badRequest("A text holds a character that cannot be stored, such as NUL", List.of());
            case "40001", "40P01" -> new ApiException(HttpStatus.CONFLICT, "A concurrent change got in the way; try again", List.of());
            default -> null;
        };
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String constraintName(SQLException sql) {
        if (sql instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
            return p.getServerErrorMessage().getConstraint();
        }
        return null;
    }
}

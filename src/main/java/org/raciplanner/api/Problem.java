package org.raciplanner.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An RFC 9457 problem document: what every failed request answers. */
@Serdeable
public record Problem(String type, String title, int status, @Nullable String detail, @Nullable List<Issue> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One thing wrong with the request: a JSON field ({@code [3].email}), a spreadsheet cell
     * ({@code Phoenix!D7}), or a place in an uploaded file: a JSON pointer ({@code /people/dana@acme.example/name})
     * with the line and column it stands on (1-based), as a plan file's problems are named.
     */
    @Serdeable
    public record Issue(@Nullable String field, @Nullable String cell, @Nullable Integer line, @Nullable Integer column,
                        String message) {

        public static Issue field(String field, String message) {
            return new Issue(field, null, null, null, message);
        }

        public static Issue cell(String cell, String message) {
            return new Issue(null, cell, null, null, message);
        }

        /** A problem in a file, at a pointer into it; {@code line} and {@code column} 0 when not known. */
        public static Issue at(String pointer, int line, int column, String message) {
            return new Issue(pointer, null, line > 0 ? line : null, column > 0 ? column : null, message);
        }
    }
}

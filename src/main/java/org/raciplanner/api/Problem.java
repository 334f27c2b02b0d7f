package org.raciplanner.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An RFC 9457 problem document: what every failed request answers. */
@Serdeable
public record Problem(String type, String title, int status, @Nullable String detail, @Nullable List<Issue> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One thing wrong with the request: a JSON field (`[3].email`) or a spreadsheet cell (`Phoenix!D7`). */
    @Serdeable
    public record Issue(@Nullable String field, @Nullable String cell, String message) {

        public static Issue field(String field, String message) {
            return new Issue(field, null, message);
        }

        public static Issue cell(String cell, String message) {
            return new Issue(null, cell, message);
        }
    }
}

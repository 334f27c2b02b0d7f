package org.raciplanner.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Instants in query parameters ({@code ?at=}, {@code ?from=}): ISO-8601 with a zone, such as {@code 2026-11-29T10:15:30Z}. */
public final class QueryInstants {

    private static final int MAX_YEAR = 9999;

    private QueryInstants() {
    }

    /** The instant, or null when the parameter was not sent; anything else is a 400 naming the parameter. */
    public static Instant parse(String name, String sent) {
        if (sent == null) {
            return null;
        }
        OffsetDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(sent.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(name, "must be an ISO-8601 instant with a zone, such as 2026-11-29T10:15:30Z,"
                    + " not " + Sent.quote(sent));
        }
        // what the database can compare with: years 1 to 9999 are plenty for a planner
        if (parsed.getYear() < 1 || parsed.getYear() > MAX_YEAR) {
            throw ApiException.invalidField(name, "must be in the years 1 to " + MAX_YEAR + ", not " + Sent.quote(sent));
        }
        return parsed.toInstant();
    }
}

package org.raciplanner.api;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Query parameters read as what they are, or refused naming the parameter and quoting what was sent. */
public final class QueryValues {

    private QueryValues() {
    }

    /** An ISO date such as {@code 2027-01-04}; null when the parameter was not sent. */
    public static @Nullable LocalDate date(String name, @Nullable String sent) {
        if (sent == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(sent.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(name, "must be a date such as 2027-01-04, not " + Sent.quote(sent));
        }
        if (!Dates.inRange(date)) {
            throw ApiException.invalidField(name, Dates.OUT_OF_RANGE + ", not " + Sent.quote(sent));
        }
        return date;
    }

    /** One of {@code allowed} (lower case), in any case; {@code otherwise} when the parameter was not sent. */
    public static String oneOf(String name, @Nullable String sent, List<String> allowed, String otherwise) {
        if (sent == null) {
            return otherwise;
        }
        String value = sent.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            throw ApiException.invalidField(name, "must be " + String.join(" or ", allowed) + ", not " + Sent.quote(sent));
        }
        return value;
    }
}

package org.raciplanner.roster;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address as people type it, checked enough to catch typos; compared without case. */
public record Email(String value) {

    private static final Pattern FORM = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s.\\p{Cntrl}]+(\\.[^@\\s.\\p{Cntrl}]+)+");
    static final int MAX_LENGTH = 254;

    public Email {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("must not be blank");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("must be at most " + MAX_LENGTH + " characters");
        }
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("must be an e-mail address like dana@example.com");
        }
    }

    /** The form used to compare two addresses. */
    String key() {
        return value.toLowerCase(Locale.ROOT);
    }
}

package org.raciplanner.analysis;

import java.util.Objects;

/** The letters a cell may hold; RA is accountable and doing the work. */
enum Letters {
    R, A, C, I, RA;

    boolean responsible() {
        return this == R || this == RA;
    }

    boolean accountable() {
        return this == A || this == RA;
    }

    static Letters parse(String text) {
        Objects.requireNonNull(text, "letters");
        try {
            return valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("letters must be one of R, A, C, I, RA, got '" + text + "'", e);
        }
    }
}

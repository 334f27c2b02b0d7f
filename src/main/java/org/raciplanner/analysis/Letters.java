package org.raciplanner.analysis;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What one person is on one row: the project's one letters type, used by the analysis, the
 * matrix, the templates and the workbooks. PMBOK practice allows one letter per cell, plus A with
 * R (RA) for someone who owns and does the work; other combinations leave participation
 * unresolved. Declared weakest first, so that the stronger letter compares greater.
 */
public enum Letters {
    I, C, R, A, RA;

    public static final String ALLOWED = "R, A, C, I, RA";

    private static final String SEPARATORS = "[\\s/,;+&|.\\\\-]";

    /** Reads what people type: {@code ar}, {@code A/R}, {@code r, a} all mean RA. */
    public static Letters parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("is blank; use one of " + ALLOWED);
        }
        String compact = raw.toUpperCase(Locale.ROOT).replaceAll(SEPARATORS, "");
        Set<Letters> seen = EnumSet.noneOf(Letters.class);
        for (char ch : compact.toCharArray()) {
            switch (ch) {
                case 'R' -> seen.add(R);
                case 'A' -> seen.add(A);
                case 'C' -> seen.add(C);
                case 'I' -> seen.add(I);
                default -> throw refused(raw);
            }
        }
        if (seen.equals(EnumSet.of(R, A))) {
            return RA;
        }
        if (seen.size() != 1) {
            throw refused(raw);
        }
        return seen.iterator().next();
    }

    /** Reads letters exactly as they are stored (R, A, C, I or RA), as the analysis' facts carry them. */
    public static Letters of(String stored) {
        Objects.requireNonNull(stored, "letters");
        try {
            return valueOf(stored);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("letters must be one of " + ALLOWED + ", got '" + stored + "'", e);
        }
    }

    private static IllegalArgumentException refused(String raw) {
        return new IllegalArgumentException("\"" + raw.strip() + "\" is not one of " + ALLOWED);
    }

    public boolean accountable() {
        return this == A || this == RA;
    }

    public boolean responsible() {
        return this == R || this == RA;
    }

    /** Two roles of one person on one row: A with R gives RA, otherwise the stronger letter wins. */
    public Letters merge(Letters other) {
        if ((this == A && other == R) || (this == R && other == A)) {
            return RA;
        }
        return compareTo(other) >= 0 ? this : other;
    }
}

package org.raciplanner.analysis;

import java.util.Objects;

/** One cell of the matrix: letters is exactly one of R, A, C, I, RA. */
public record CellFacts(String responsibility, long personId, String letters) {

    public CellFacts {
        Objects.requireNonNull(responsibility, "responsibility");
        Letters.of(letters);
    }
}

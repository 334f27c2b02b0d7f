package org.raciplanner.api;

import java.math.BigDecimal;

/** Decimal figures as people write them: {@code 40}, {@code 2.5}, {@code 10} — never {@code 40.0} or {@code 1E+1}. */
public final class Numbers {

    private Numbers() {
    }

    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

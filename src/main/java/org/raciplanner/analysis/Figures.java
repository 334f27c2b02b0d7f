package org.raciplanner.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The numbers behind a warning, in the order a reader checks them. */
final class Figures {

    private static final double NEAR_HALF = 1e-6;

    private final Map<String, Object> values = new LinkedHashMap<>();

    private Figures() {
    }

    static Figures create() {
        return new Figures();
    }

    Figures put(String key, Object value) {
        values.put(key, value);
        return this;
    }

    /** Hours and percentages are shown to 1 decimal. */
    Figures rounded(String key, double value) {
        return put(key, round1(value));
    }

    Map<String, Object> map() {
        return values;
    }

    /**
     * Half-up to hundredths: for the hours a sum is made of, so that adding them by hand gives the
     * total shown to 1 decimal (0.15 h of a C, shown as 0.2, would not).
     */
    static double round2(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue() : value;
    }

    /**
     * Half-up on the decimal a person reads (32.15 → 32.2), not on the binary fraction. Only a value
     * within a hair of a half tenth can round differently on the two, so only those take the exact,
     * slower way: the week-by-week analysis rounds a few figures per person and week.
     */
    static double round1(double value) {
        if (!Double.isFinite(value)) {
            return value;
        }
        double tenths = value * 10;
        double fraction = tenths - Math.floor(tenths);
        boolean exactHalf = fraction == 0.5 && value >= 0 && tenths / 10 == value; // such as 41.25: up, as on paper
        if (exactHalf || Math.abs(fraction - 0.5) > NEAR_HALF) {
            return Math.round(tenths) / 10.0;
        }
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}

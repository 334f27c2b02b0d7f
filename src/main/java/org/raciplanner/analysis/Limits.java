package org.raciplanner.analysis;

/** The team's settings the rules compare against. Percentages are whole percent (100 = capacity). */
public record Limits(int maxAccountable, int maxRoles, int maxConsulted, int maxResponsible,
                     int maxCommunicationSpan, int capacityWarnPercent, int capacityErrorPercent,
                     int singlePointPercent) {

    public Limits {
        requireNotNegative(maxAccountable, "maxAccountable");
        requireNotNegative(maxRoles, "maxRoles");
        requireNotNegative(maxConsulted, "maxConsulted");
        requireNotNegative(maxResponsible, "maxResponsible");
        requireNotNegative(maxCommunicationSpan, "maxCommunicationSpan");
        requireNotNegative(capacityWarnPercent, "capacityWarnPercent");
        requireNotNegative(capacityErrorPercent, "capacityErrorPercent");
        requireNotNegative(singlePointPercent, "singlePointPercent");
    }

    /** The defaults of domain.md. */
    public static Limits defaults() {
        return new Limits(12, 2, 5, 3, 20, 100, 150, 60);
    }

    private static void requireNotNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, got " + value);
        }
    }
}

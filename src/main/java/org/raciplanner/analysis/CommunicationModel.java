package org.raciplanner.analysis;

import java.util.Objects;

/**
 * How the effort of the communication row grows with the people a communicator keeps in sync:
 * {@code baseHours + minutesPerPerson × span / 60} per week.
 */
public record CommunicationModel(String responsibility, double baseHours, double minutesPerPerson) {

    public CommunicationModel {
        Objects.requireNonNull(responsibility, "responsibility");
        if (!Double.isFinite(baseHours) || baseHours < 0 || !Double.isFinite(minutesPerPerson) || minutesPerPerson < 0) {
            throw new IllegalArgumentException("baseHours and minutesPerPerson must be numbers >= 0");
        }
    }

    /** 27 people → 2 + 27 × 67 / 60 = 32.15 h, about the sources' "80 % of their time on communication". */
    public static CommunicationModel defaults() {
        return new CommunicationModel("stakeholder-communication", 2, 67);
    }
}

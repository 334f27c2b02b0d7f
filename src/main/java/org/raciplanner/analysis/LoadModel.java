package org.raciplanner.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimated weekly hours (domain.md "Load model"): an R holder shares the row's effort with the
 * other R holders; A, C and I add a fixed fraction of it. The communication row is different:
 * whoever does it pays base hours plus minutes for every person they sync directly, unshared.
 */
final class LoadModel {

    static final double ACCOUNTABLE_WEIGHT = 0.25;
    static final double CONSULTED_WEIGHT = 0.10;
    static final double INFORMED_WEIGHT = 0.02;
    static final String RELAY = "relay";

    private LoadModel() {
    }

    static PersonLoad of(PersonFacts person, TeamIndex team) {
        List<Contribution> parts = new ArrayList<>();
        for (HeldCell held : team.cellsOf(person.id())) {
            double hours = cellHours(held.initiative(), held.row(), person.id(), held.letters());
            parts.add(new Contribution(held.initiative(), held.row().key(), held.letters().name(), hours));
        }
        for (Initiative initiative : team.relaysOf(person.id())) {
            if (!doesCommunication(initiative, person.id())) {
                parts.add(new Contribution(initiative, initiative.communicationKey(), RELAY,
                        communicationHours(initiative, person.id())));
            }
        }
        double hours = 0;
        for (Contribution part : parts) {
            hours += part.hours();
        }
        return new PersonLoad(hours, parts);
    }

    static double cellHours(Initiative initiative, Row row, long personId, Letters letters) {
        double effort = row.effortHours();
        double hours = 0;
        if (letters.responsible()) {
            hours += row.key().equals(initiative.communicationKey())
                    ? communicationHours(initiative, personId)
                    : effort / row.responsibleCount();
        }
        if (letters.accountable()) {
            hours += ACCOUNTABLE_WEIGHT * effort;
        }
        if (letters == Letters.C) {
            hours += CONSULTED_WEIGHT * effort;
        }
        if (letters == Letters.I) {
            hours += INFORMED_WEIGHT * effort;
        }
        return hours;
    }

    static double communicationHours(Initiative initiative, long personId) {
        CommunicationModel model = initiative.facts().communication();
        return model.baseHours() + model.minutesPerPerson() * initiative.spans().spanOf(personId) / 60.0;
    }

    /** Load as a share of capacity; null for someone without capacity (0 h: not available), where no share means anything. */
    static Double percent(double hours, double capacityHours) {
        return capacityHours > 0 ? hours / capacityHours * 100 : null;
    }

    private static boolean doesCommunication(Initiative initiative, long personId) {
        Row row = initiative.communicationRow();
        Letters letters = row == null ? null : row.lettersOf(personId);
        return letters != null && letters.responsible();
    }
}

package org.raciplanner.planning;

import org.raciplanner.analysis.AvailabilityWindow;
import org.raciplanner.analysis.Letters;
import org.raciplanner.snapshot.Snapshot;

import java.math.BigDecimal;
import java.util.List;

/**
 * A write that applying a change list makes, in the terms of the service's write paths: applied
 * in order through them, the effects leave the database as the draft left the team. A person the
 * list adds is named by a provisional id below 0 until the write that adds them gives a real one.
 */
public sealed interface Effect {

    /** A new member of the roster; {@code person} is the provisional id later effects name them by. */
    record NewPerson(long person, String ref, String name, String email, String title, boolean remote,
                     BigDecimal capacityHours) implements Effect {
    }

    record Capacity(long person, BigDecimal capacityHours) implements Effect {
    }

    /** All of the person's availability windows as they are to be, in date order, as {@code PUT …/availability} replaces them. */
    record Availability(long person, List<AvailabilityWindow> windows) implements Effect {
        public Availability {
            windows = List.copyOf(windows);
        }
    }

    /** The initiative's whole new staffing, as the staffing API replaces it (role letters follow). */
    record Staffing(long initiativeId, List<Snapshot.Staffed> staffing) implements Effect {
        public Staffing {
            staffing = List.copyOf(staffing);
        }
    }

    /** A new row after the initiative's others, empty until cell effects give it letters. */
    record Row(long initiativeId, Snapshot.Row row) implements Effect {
    }

    /** A cell set by hand to {@code letters}, or cleared when they are null. */
    record Cell(long initiativeId, String responsibility, long person, Letters letters) implements Effect {
    }
}

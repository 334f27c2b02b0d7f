package org.raciplanner.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A dated stretch in which a person's weekly capacity differs from their usual one: a holiday
 * (0 h), part-time for a while (20 h). Both days are included; {@code note} may be null.
 */
public record AvailabilityWindow(LocalDate from, LocalDate to, double capacityHours, String note) {

    public AvailabilityWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a window ends on or after its start, not " + from + " – " + to);
        }
        if (!Double.isFinite(capacityHours) || capacityHours < 0) {
            throw new IllegalArgumentException("capacityHours of a window must be a number >= 0, got " + capacityHours);
        }
    }

    public boolean overlaps(AvailabilityWindow other) {
        return !to.isBefore(other.from) && !other.to.isBefore(from);
    }

    /**
     * The index of the first window in {@code windows} that overlaps an earlier one, and that earlier
     * one's index, or null when none do: so a request can name the window at fault.
     */
    public static int[] firstOverlap(List<AvailabilityWindow> windows) {
        for (int i = 1; i < windows.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (windows.get(i).overlaps(windows.get(j))) {
                    return new int[]{i, j};
                }
            }
        }
        return null;
    }

    /**
     * {@code windows} with {@code window} laid over them, in date order: where it overlaps an existing
     * window, the new one wins and the old one keeps only the days outside it (split in two if need be).
     * What setting one window (a scenario's {@code setAvailability}) does to a person's list.
     */
    public static List<AvailabilityWindow> overlay(List<AvailabilityWindow> windows, AvailabilityWindow window) {
        List<AvailabilityWindow> result = new ArrayList<>();
        for (AvailabilityWindow old : windows) {
            if (!old.overlaps(window)) {
                result.add(old);
                continue;
            }
            if (old.from.isBefore(window.from)) {
                result.add(new AvailabilityWindow(old.from, window.from.minusDays(1), old.capacityHours, old.note));
            }
            if (old.to.isAfter(window.to)) {
                result.add(new AvailabilityWindow(window.to.plusDays(1), old.to, old.capacityHours, old.note));
            }
        }
        result.add(window);
        result.sort(Comparator.comparing(AvailabilityWindow::from));
        return List.copyOf(result);
    }
}

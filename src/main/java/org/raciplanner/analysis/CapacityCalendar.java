package org.raciplanner.analysis;

import java.util.Comparator;
import java.util.List;

/**
 * A person's weekly capacity over time: their usual hours, and dated windows that replace them.
 * A period's capacity is the average over its working days, each day taking the capacity of the
 * window it falls in, else the usual one: a holiday from Wednesday to Friday in a 40 h week leaves
 * 2/5 × 40 = 16 h that week.
 */
public record CapacityCalendar(double usualHours, List<AvailabilityWindow> windows) {

    public CapacityCalendar {
        if (!Double.isFinite(usualHours) || usualHours < 0) {
            throw new IllegalArgumentException("usualHours must be a number >= 0, got " + usualHours);
        }
        windows = windows.stream().sorted(Comparator.comparing(AvailabilityWindow::from)).toList();
        int[] overlap = AvailabilityWindow.firstOverlap(windows);
        if (overlap != null) {
            throw new IllegalArgumentException("availability windows overlap: " + windows.get(overlap[1]) + " and "
                    + windows.get(overlap[0]));
        }
    }

    public double hoursIn(Period period) {
        if (windows.isEmpty()) {
            return usualHours;
        }
        int days = period.workingDays();
        double total = usualHours * days;
        for (AvailabilityWindow window : windows) {
            if (window.from().isAfter(period.end())) {
                break;
            }
            total += (window.capacityHours() - usualHours) * period.workingDaysWithin(window.from(), window.to());
        }
        return total / days;
    }
}

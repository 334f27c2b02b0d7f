package org.raciplanner.planfile;

import org.raciplanner.api.Dates;
import org.raciplanner.roster.Availabilities;
import org.raciplanner.roster.AvailabilityRequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a person's {@code availability}: a list of {@code {from, to, capacityHours, note?}}, held to
 * the rules of {@code PUT …/people/{id}/availability} (dates of the years 1 to 9999, {@code to} not
 * before {@code from}, 0 to 168 hours, windows that do not overlap), each problem at its place.
 */
final class AvailabilityReader {

    static final List<String> WINDOW = List.of("from", "to", "capacityHours", "note");

    private final PlanReader.Check check;
    private final Problems problems;

    AvailabilityReader(PlanReader.Check check, Problems problems) {
        this.check = check;
        this.problems = problems;
    }

    /** The windows in date order, or null when any is wrong (each named where it stands). */
    List<Plan.Window> read(Fields person) {
        List<Tree> items = person.items("availability", "windows like {from: 2027-03-24, to: 2027-04-02, capacityHours: 0}");
        if (items.size() > Availabilities.MAX_WINDOWS) {
            problems.at(person.at("availability"), "a person has at most " + Availabilities.MAX_WINDOWS + " availability windows, not "
                    + items.size());
            return null;
        }
        List<Plan.Window> windows = new ArrayList<>();
        List<Tree.Where> places = new ArrayList<>();
        boolean fine = true;
        for (Tree item : items) {
            Fields f = Fields.of(item, "an availability window", WINDOW, problems);
            Plan.Window window = item instanceof Tree.Members ? window(f) : null;
            if (window == null) {
                fine = false;
                continue;
            }
            for (int earlier = 0; earlier < windows.size(); earlier++) {
                Plan.Window other = windows.get(earlier);
                if (!window.to().isBefore(other.from()) && !other.to().isBefore(window.from())) {
                    problems.at(f.at("from"), "this window overlaps the one at " + places.get(earlier).shown() + " (" + other.from()
                            + " to " + other.to() + "); a person's windows must not overlap");
                    fine = false;
                    break;
                }
            }
            windows.add(window);
            places.add(f.at());
        }
        return fine ? windows.stream().sorted(Comparator.comparing(Plan.Window::from)).toList() : null;
    }

    private Plan.Window window(Fields f) {
        LocalDate from = date(f, "from");
        LocalDate to = date(f, "to");
        BigDecimal hours = f.number("capacityHours", 1);
        if (hours == null && f.get("capacityHours") == null) {
            problems.at(f.at(), "'capacityHours' is missing");
        }
        String note = f.text("note", false);
        boolean fine = check.value(AvailabilityRequest.class, "capacityHours", hours, f.at("capacityHours"))
                & check.value(AvailabilityRequest.class, "note", note, f.at("note"));
        if (from != null && to != null && to.isBefore(from)) {
            problems.at(f.at("to"), "to (" + to + ") must not be before from (" + from + ")");
            return null;
        }
        return fine && from != null && to != null && hours != null ? new Plan.Window(from, to, hours, PlanReader.blankToNull(note))
                : null;
    }

    /** A required date of the years the API takes; null, and a problem, otherwise. */
    private LocalDate date(Fields f, String name) {
        LocalDate date = f.date(name);
        if (date == null && f.get(name) == null) {
            problems.at(f.at(), "'" + name + "' is missing");
        } else if (date != null && !Dates.inRange(date)) {
            problems.at(f.at(name), name + " " + Dates.OUT_OF_RANGE + ", not " + date);
            return null;
        }
        return date;
    }
}

package org.raciplanner.planfile;

import io.micronaut.core.annotation.Nullable;
import org.raciplanner.api.Numbers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The team as a file, as values: settings, people by e-mail (with their availability windows) and
 * initiatives by handle, with what
 * only a person decides (staffing, rows beyond the template's, cells set by hand) and never what
 * follows from it (the letters a template derives). What GET …/plan writes and PUT …/plan reads;
 * two plans are compared value by value, so numbers are kept in one form and every e-mail a plan
 * refers to in lower case (people are matched without case, as the roster matches them).
 *
 * @param settings the limits by name; only those the file gives (an export gives all)
 */
record Plan(Map<String, Integer> settings, List<Person> people, List<Initiative> initiatives) {

    Plan {
        settings = Map.copyOf(settings);
        people = List.copyOf(people);
        initiatives = List.copyOf(initiatives);
    }

    /** @param availability their dated capacity windows, in date order; none left out */
    record Person(String email, String name, @Nullable String title, @Nullable String location, boolean remote,
                  BigDecimal capacityHours, List<Window> availability) {
        Person {
            capacityHours = Numbers.plain(capacityHours);
            availability = List.copyOf(availability);
        }

        String key() {
            return Plan.key(email);
        }
    }

    /**
     * @param parent   the parent's handle
     * @param omitRows the template's rows this initiative does not have
     */
    record Initiative(String handle, String kind, String name, @Nullable String template, @Nullable String parent,
                      @Nullable LocalDate startDate, @Nullable LocalDate endDate, @Nullable BigDecimal budget,
                      List<Staffed> staffing, List<Row> rows, List<String> omitRows, List<Cell> cells) {
        Initiative {
            budget = budget == null ? null : Numbers.plain(budget);
            staffing = List.copyOf(staffing);
            rows = List.copyOf(rows);
            omitRows = List.copyOf(omitRows);
            cells = List.copyOf(cells);
        }

        /** Its own fields only, without what it holds: what an initiative change compares and shows. */
        Initiative header() {
            return new Initiative(handle, kind, name, template, parent, startDate, endDate, budget, List.of(), List.of(),
                    List.of(), List.of());
        }
    }

    /** A dated window of a person's weekly capacity, both days included, as {@code PUT …/availability} takes it. */
    record Window(LocalDate from, LocalDate to, BigDecimal capacityHours, @Nullable String note) {
        Window {
            capacityHours = Numbers.plain(capacityHours);
        }
    }

    /** One person in one role; people by their e-mail's key. */
    record Staffed(String role, String person, @Nullable String communicatesVia) {
    }

    /** A row beyond the template's, or a template row with other values. */
    record Row(String key, String name, String category, BigDecimal effortHours) {
        Row {
            effortHours = Numbers.plain(effortHours);
        }
    }

    /** A cell set by hand: letters as stored (R, A, C, I or RA). */
    record Cell(String responsibility, String person, String letters) {
    }

    /** How e-mails are compared and referred to. */
    static String key(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}

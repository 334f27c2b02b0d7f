package org.raciplanner.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One project, product or program with its rows, staffing and cells.
 * {@code kind} is accepted in any case and kept upper case; a null {@code communication}
 * means {@link CommunicationModel#defaults()}. {@code startDate} and {@code endDate} (both days
 * included, either may be null: open) bound when its rows cost anyone time; undated, it counts always.
 */
public record InitiativeFacts(long id, String name, String kind,
                              List<ResponsibilityFacts> responsibilities, List<StaffingFacts> staffing,
                              List<CellFacts> cells, Set<String> requiredResponsibilities,
                              Set<String> requiredRoles, CommunicationModel communication,
                              LocalDate startDate, LocalDate endDate) {

    private static final Set<String> KINDS = Set.of("PROJECT", "PRODUCT", "PROGRAM");

    public InitiativeFacts {
        Objects.requireNonNull(name, "name");
        kind = Objects.requireNonNull(kind, "kind").toUpperCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind of " + name + " must be PROJECT, PRODUCT or PROGRAM, got " + kind);
        }
        responsibilities = List.copyOf(responsibilities);
        staffing = List.copyOf(staffing);
        cells = List.copyOf(cells);
        requiredResponsibilities = Set.copyOf(requiredResponsibilities);
        requiredRoles = Set.copyOf(requiredRoles);
        communication = communication == null ? CommunicationModel.defaults() : communication;
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException(name + " ends (" + endDate + ") before it starts (" + startDate + ")");
        }
    }

    /** An initiative without dates: it counts in every week. */
    public InitiativeFacts(long id, String name, String kind, List<ResponsibilityFacts> responsibilities,
                           List<StaffingFacts> staffing, List<CellFacts> cells, Set<String> requiredResponsibilities,
                           Set<String> requiredRoles, CommunicationModel communication) {
        this(id, name, kind, responsibilities, staffing, cells, requiredResponsibilities, requiredRoles, communication, null, null);
    }
}

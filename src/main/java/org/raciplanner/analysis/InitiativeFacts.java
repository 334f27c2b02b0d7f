package org.raciplanner.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One project, product or program with its rows, staffing and cells.
 * {@code kind} is accepted in any case and kept upper case; a null {@code communication}
 * means {@link CommunicationModel#defaults()}.
 */
public record InitiativeFacts(long id, String name, String kind,
                              List<ResponsibilityFacts> responsibilities, List<StaffingFacts> staffing,
                              List<CellFacts> cells, Set<String> requiredResponsibilities,
                              Set<String> requiredRoles, CommunicationModel communication) {

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
    }
}

package org.raciplanner.initiative;

import io.micronaut.serde.annotation.Serdeable;
import org.raciplanner.matrix.MatrixViews;

import java.util.List;

/** A deleted initiative as the history keeps it: itself, who was staffed, and its whole matrix. */
@Serdeable
record RemovedInitiative(InitiativeView initiative, List<StaffingView> staffing, MatrixViews.Matrix matrix) {
}

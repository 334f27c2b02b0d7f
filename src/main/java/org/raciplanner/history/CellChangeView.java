package org.raciplanner.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** One cell's letters changed: who (the token's name) and when, and the letters before and after (absent: empty). */
@Serdeable
record CellChangeView(long id, Instant at, String actor,
                      @Schema(description = "cell.set, cell.cleared (by hand), cell.uploaded (a workbook), cell.derived"
                              + " (a template, through the staffing), cell.removed (with its row or its person)") String action,
                      String responsibility, long person,
                      @Nullable @Schema(nullable = true, allowableValues = {"R", "A", "C", "I", "RA"}) String before,
                      @Nullable @Schema(nullable = true, allowableValues = {"R", "A", "C", "I", "RA"}) String after) {
}

package org.raciplanner.warnings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.raciplanner.analysis.Workload;

import java.time.LocalDate;
import java.util.List;

/**
 * Capacity, load and percent of this week (the ISO week holding today); the peak of the team's
 * horizon beside them. A percentage is null, and shown as null, for a week with no capacity (0 h: not available).
 */
@Serdeable
record WorkloadView(long personId, String name, double capacityHours, double loadHours,
                    @Nullable @JsonInclude(JsonInclude.Include.ALWAYS) Double loadPercent,
                    int accountableCount, int responsibleCount, int consultedCount, int informedCount, List<String> roles,
                    @Schema(description = "The highest load % of the horizon's weeks; null when that week has load but no capacity")
                    @Nullable @JsonInclude(JsonInclude.Include.ALWAYS) Double peakLoadPercent,
                    @Schema(description = "The Monday of the week of the peak, the earliest of equals") LocalDate peakStart) {

    static WorkloadView of(Workload w) {
        return new WorkloadView(w.personId(), w.name(), w.capacityHours(), w.loadHours(), w.loadPercent(),
                w.accountableCount(), w.responsibleCount(), w.consultedCount(), w.informedCount(), w.roles(),
                w.peakLoadPercent(), w.peakStart());
    }
}

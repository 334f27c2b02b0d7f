package org.raciplanner.warnings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.raciplanner.analysis.Workload;

import java.util.List;

/** {@code loadPercent} is null, and shown as null, for someone with no capacity (0 h: not available). */
@Serdeable
record WorkloadView(long personId, String name, double capacityHours, double loadHours,
                    @Nullable @JsonInclude(JsonInclude.Include.ALWAYS) Double loadPercent,
                    int accountableCount, int responsibleCount, int consultedCount, int informedCount, List<String> roles) {

    static WorkloadView of(Workload w) {
        return new WorkloadView(w.personId(), w.name(), w.capacityHours(), w.loadHours(), w.loadPercent(),
                w.accountableCount(), w.responsibleCount(), w.consultedCount(), w.informedCount(), w.roles());
    }
}

package org.raciplanner.warnings;

import io.micronaut.serde.annotation.Serdeable;
import org.raciplanner.analysis.Workload;

import java.util.List;

@Serdeable
record WorkloadView(long personId, String name, double capacityHours, double loadHours, double loadPercent,
                    int accountableCount, int responsibleCount, int consultedCount, int informedCount, List<String> roles) {

    static WorkloadView of(Workload w) {
        return new WorkloadView(w.personId(), w.name(), w.capacityHours(), w.loadHours(), w.loadPercent(),
                w.accountableCount(), w.responsibleCount(), w.consultedCount(), w.informedCount(), w.roles());
    }
}

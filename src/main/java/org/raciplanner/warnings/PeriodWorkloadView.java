package org.raciplanner.warnings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.raciplanner.analysis.Period;
import org.raciplanner.analysis.PeriodWorkload;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET …/workload?from=&to=&by=}: one load figure per period and person. Each period's figure
 * can be checked by hand: a person's {@code initiatives} hours times the share of the period each
 * initiative runs ({@code runningDays} of the period's {@code workingDays}), summed.
 */
@Serdeable
@Schema(name = "PeriodWorkload")
record PeriodWorkloadView(List<PeriodView> periods, List<RunView> initiatives, List<PersonView> people) {

    static PeriodWorkloadView of(PeriodWorkload w) {
        return new PeriodWorkloadView(w.periods().stream().map(PeriodView::of).toList(),
                w.initiatives().stream().map(r -> new RunView(r.initiativeId(), r.name(), r.startDate(), r.endDate(), r.runningDays()))
                        .toList(),
                w.people().stream().map(PersonView::of).toList());
    }

    /** An ISO week ("2027-W01") or a calendar month ("2027-01"), both days included. */
    @Serdeable
    @Schema(name = "PeriodWorkload.Period")
    record PeriodView(LocalDate start, LocalDate end, String label,
                      @Schema(description = "Monday to Friday in the period: each counts as a fifth of a week") int workingDays) {
        static PeriodView of(Period p) {
            return new PeriodView(p.start(), p.end(), p.label(), p.workingDays());
        }
    }

    @Serdeable
    @Schema(name = "PeriodWorkload.Initiative")
    record RunView(long initiativeId, String name, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
                   @Schema(description = "Per period, the working days the initiative runs (all of them when it has no dates)")
                   List<Integer> runningDays) {
    }

    @Serdeable
    @Schema(name = "PeriodWorkload.Person")
    record PersonView(long person, String name, List<LoadView> load,
                      @Schema(description = "Their weekly hours on each initiative while it runs, to hundredths") List<HoursView> initiatives) {
        static PersonView of(PeriodWorkload.Person p) {
            return new PersonView(p.personId(), p.name(),
                    p.load().stream().map(l -> new LoadView(l.loadHours(), l.capacityHours(), l.loadPercent())).toList(),
                    p.initiatives().stream().map(h -> new HoursView(h.initiativeId(), h.hours())).toList());
        }
    }

    /** Hours a week in the period; {@code loadPercent} null, and shown as null, without capacity (0 h). */
    @Serdeable
    @Schema(name = "PeriodWorkload.Load")
    record LoadView(double loadHours, double capacityHours, @Nullable @JsonInclude(JsonInclude.Include.ALWAYS) Double loadPercent) {
    }

    @Serdeable
    @Schema(name = "PeriodWorkload.Hours")
    record HoursView(long initiativeId, double hours) {
    }
}

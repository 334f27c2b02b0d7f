package org.raciplanner.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which share of each period every initiative runs: the working days it runs in the period over the
 * period's working days (1 for an undated initiative, 0 before its start and after its end). Worked
 * out once per initiative and period, so a person's load per period is a sum of their hours on each
 * initiative times its share, never a date test per cell.
 */
final class Timeline {

    private final List<Period> periods;
    private final int[] workingDays;
    private final int[] allDays;
    private final Map<Long, int[]> runningDays = new HashMap<>();

    Timeline(List<Period> periods, List<Initiative> initiatives) {
        this.periods = List.copyOf(periods);
        this.workingDays = periods.stream().mapToInt(Period::workingDays).toArray();
        this.allDays = workingDays.clone();
        for (Initiative initiative : initiatives) {
            InitiativeFacts facts = initiative.facts();
            if (facts.startDate() == null && facts.endDate() == null) {
                runningDays.put(initiative.id(), allDays);
                continue;
            }
            int[] days = new int[periods.size()];
            for (int p = 0; p < days.length; p++) {
                days[p] = periods.get(p).workingDaysWithin(facts.startDate(), facts.endDate());
            }
            runningDays.put(initiative.id(), days);
        }
    }

    List<Period> periods() {
        return periods;
    }

    int size() {
        return periods.size();
    }

    int workingDays(int period) {
        return workingDays[period];
    }

    /** The working days of each period the initiative runs; an initiative this timeline does not know runs always. */
    int[] runningDays(long initiativeId) {
        return runningDays.getOrDefault(initiativeId, allDays);
    }

    double share(long initiativeId, int period) {
        return (double) runningDays(initiativeId)[period] / workingDays[period];
    }
}

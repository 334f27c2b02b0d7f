package org.raciplanner.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One person's load and capacity in each period of a timeline, in hours a week. A period's load is
 * the sum over the initiatives they work on of their weekly hours there times the share of the period
 * the initiative runs; its capacity comes from their {@link CapacityCalendar}.
 */
final class TimedLoad {

    private final PersonLoad load;
    private final Timeline timeline;
    private final List<Initiative> initiatives = new ArrayList<>();
    private final double[] weekly;
    private final double[] hours;
    private final double[] capacity;

    private TimedLoad(PersonLoad load, Timeline timeline, CapacityCalendar calendar) {
        this.load = load;
        this.timeline = timeline;
        // a person's cells come initiative by initiative, so mostly the part belongs to the last one seen
        Map<Initiative, Integer> index = new HashMap<>();
        double[] sums = new double[load.contributions().size()];
        int last = -1;
        for (Contribution part : load.contributions()) {
            int at = last >= 0 && initiatives.get(last) == part.initiative() ? last
                    : index.computeIfAbsent(part.initiative(), i -> initiatives.size());
            if (at == initiatives.size()) {
                initiatives.add(part.initiative());
            }
            sums[at] += part.hours();
            last = at;
        }
        this.weekly = Arrays.copyOf(sums, initiatives.size());
        int[][] running = new int[initiatives.size()][];
        for (int i = 0; i < running.length; i++) {
            running[i] = timeline.runningDays(initiatives.get(i).id());
        }
        this.hours = new double[timeline.size()];
        this.capacity = new double[timeline.size()];
        for (int p = 0; p < hours.length; p++) {
            int days = timeline.workingDays(p);
            boolean allInFull = true;
            double sum = 0;
            for (int i = 0; i < running.length; i++) {
                allInFull &= running[i][p] == days;
                sum += weekly[i] * running[i][p] / days;
            }
            // a period all of the person's initiatives run in full gives exactly the static figure, to the
            // last bit that rounding could tip
            hours[p] = allInFull ? load.hours() : sum;
            capacity[p] = calendar.hoursIn(timeline.periods().get(p));
        }
    }

    static TimedLoad of(PersonFacts person, TeamIndex team, Timeline timeline) {
        return new TimedLoad(LoadModel.of(person, team), timeline, person.calendar());
    }

    int size() {
        return hours.length;
    }

    Period period(int p) {
        return timeline.periods().get(p);
    }

    double hours(int p) {
        return hours[p];
    }

    double capacity(int p) {
        return capacity[p];
    }

    /** Null without capacity (0 h: not available), where no share of it means anything. */
    Double percent(int p) {
        return LoadModel.percent(hours[p], capacity[p]);
    }

    /** The person's weekly hours on each initiative while it runs, in the order of their cells. */
    Map<Initiative, Double> hoursByInitiative() {
        Map<Initiative, Double> byInitiative = new LinkedHashMap<>();
        for (int i = 0; i < weekly.length; i++) {
            byInitiative.put(initiatives.get(i), weekly[i]);
        }
        return byInitiative;
    }

    /** The period of the highest {@link #severity}, the earliest of equals. */
    int peak() {
        int peak = 0;
        for (int p = 1; p < hours.length; p++) {
            if (severity(p) > severity(peak)) {
                peak = p;
            }
        }
        return peak;
    }

    /** The share of capacity; load without capacity counts as the highest of all, a period without either as none. */
    double severity(int p) {
        Double percent = percent(p);
        if (percent != null) {
            return percent;
        }
        return hours[p] > 0 ? Double.POSITIVE_INFINITY : 0;
    }

    /** The biggest contributions in the period, each scaled by the share of it their initiative runs. */
    List<Contribution> top(int p, int limit) {
        List<Contribution> scaled = new ArrayList<>();
        for (Contribution part : load.contributions()) {
            double share = timeline.share(part.initiative().id(), p);
            if (share > 0) {
                scaled.add(new Contribution(part.initiative(), part.responsibility(), part.letters(), part.hours() * share));
            }
        }
        return scaled.stream().sorted(Comparator.comparingDouble(Contribution::hours).reversed()).limit(limit).toList();
    }
}

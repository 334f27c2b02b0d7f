package org.raciplanner.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The load per period: the periods, which share of each every initiative runs, and per person of the
 * roster (in id order) one figure per period and their weekly hours on each initiative while it runs.
 * A period's load is checkable by hand: the sum of those hours times each initiative's share.
 */
public record PeriodWorkload(List<Period> periods, List<Run> initiatives, List<Person> people) {

    public PeriodWorkload {
        periods = List.copyOf(periods);
        initiatives = List.copyOf(initiatives);
        people = List.copyOf(people);
    }

    /** The working days of each period the initiative runs, out of the period's working days. */
    public record Run(long initiativeId, String name, LocalDate startDate, LocalDate endDate, List<Integer> runningDays) {
        public Run {
            Objects.requireNonNull(name, "name");
            runningDays = List.copyOf(runningDays);
        }
    }

    public record Person(long personId, String name, List<Load> load, List<Hours> initiatives) {
        public Person {
            Objects.requireNonNull(name, "name");
            load = List.copyOf(load);
            initiatives = List.copyOf(initiatives);
        }
    }

    /** Hours a week, averaged over the period's working days; {@code loadPercent} null without capacity. */
    public record Load(double loadHours, double capacityHours, Double loadPercent) {
    }

    /**
     * A person's weekly hours on one initiative while it runs (all of their cells there, and any
     * relaying), to hundredths: the parts a period's load is summed from by hand.
     */
    public record Hours(long initiativeId, double hours) {
    }

    static PeriodWorkload of(TeamIndex team, List<Period> periods) {
        Timeline timeline = team.timeline(periods);
        List<Run> runs = team.initiatives().stream()
                .map(i -> new Run(i.id(), i.name(), i.facts().startDate(), i.facts().endDate(),
                        Arrays.stream(timeline.runningDays(i.id())).boxed().toList()))
                .toList();
        List<Person> people = team.people().stream().map(person -> {
            TimedLoad load = timeline == team.horizon() ? team.loadOverHorizon(person) : TimedLoad.of(person, team, timeline);
            List<Load> figures = new ArrayList<>(load.size());
            for (int p = 0; p < load.size(); p++) {
                Double percent = load.percent(p);
                figures.add(new Load(Figures.round1(load.hours(p)), Figures.round1(load.capacity(p)),
                        percent == null ? null : Figures.round1(percent)));
            }
            List<Hours> hours = load.hoursByInitiative().entrySet().stream()
                    .map(e -> new Hours(e.getKey().id(), Figures.round2(e.getValue()))).toList();
            return new Person(person.id(), person.name(), figures, hours);
        }).toList();
        return new PeriodWorkload(periods, runs, people);
    }
}

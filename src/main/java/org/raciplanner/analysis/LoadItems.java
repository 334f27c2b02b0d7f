package org.raciplanner.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * One person's estimated weekly load item by item, as their own view shows it: each cell they hold
 * and the communication they relay for others ({@code letters} {@value LoadModel#RELAY}), with the
 * hours a week the load model gives it while its initiative runs. {@code loadHours} and
 * {@code loadPercent} are this week's, the figures of the person's line in the workload, rounded to 1
 * decimal; {@code loadPercent} is null for someone without capacity this week. {@code weeks} are the
 * horizon's weeks, each with the figures the person's line of {@code GET …/workload?by=week} gives.
 */
public record LoadItems(double loadHours, Double loadPercent, List<Item> items, List<Week> weeks) {

    public LoadItems {
        items = List.copyOf(items);
        weeks = List.copyOf(weeks);
    }

    public record Week(Period period, PeriodWorkload.Load load) {
    }

    public record Item(long initiativeId, String responsibility, String letters, double hours) {

        /** Communication the person does only because others communicate via them, not a cell of theirs. */
        public boolean relay() {
            return LoadModel.RELAY.equals(letters);
        }
    }

    /** @throws IllegalArgumentException when the person is not in the snapshot's roster */
    public static LoadItems of(TeamSnapshot snapshot, long personId) {
        TeamIndex team = TeamIndex.of(snapshot);
        PersonFacts person = team.people().stream().filter(p -> p.id() == personId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("person " + personId + " is not in the roster"));
        PersonLoad load = LoadModel.of(person, team);
        TimedLoad timed = team.loadOverHorizon(person);
        List<Week> weeks = new ArrayList<>(timed.size());
        for (int p = 0; p < timed.size(); p++) {
            Double percent = timed.percent(p);
            weeks.add(new Week(timed.period(p), new PeriodWorkload.Load(Figures.round1(timed.hours(p)),
                    Figures.round1(timed.capacity(p)), percent == null ? null : Figures.round1(percent))));
        }
        PeriodWorkload.Load thisWeek = weeks.get(0).load();
        return new LoadItems(thisWeek.loadHours(), thisWeek.loadPercent(),
                load.contributions().stream().map(c -> new Item(c.initiative().id(), c.responsibility(), c.letters(),
                        Figures.round1(c.hours()))).toList(), weeks);
    }
}

package org.raciplanner.analysis;

import java.util.List;

/**
 * One person's estimated weekly load item by item, as their own view shows it: each cell they hold
 * and the communication they relay for others ({@code letters} {@value LoadModel#RELAY}), with the
 * hours a week the load model gives it while its initiative runs. {@code loadHours} and
 * {@code loadPercent} are this week's, the figures of the person's line in the workload, rounded to 1
 * decimal; {@code loadPercent} is null for someone without capacity this week.
 */
public record LoadItems(double loadHours, Double loadPercent, List<Item> items) {

    public LoadItems {
        items = List.copyOf(items);
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
        TimedLoad thisWeek = team.loadOverHorizon(person);
        Double percent = thisWeek.percent(0);
        return new LoadItems(Figures.round1(thisWeek.hours(0)), percent == null ? null : Figures.round1(percent),
                load.contributions().stream().map(c -> new Item(c.initiative().id(), c.responsibility(), c.letters(),
                        Figures.round1(c.hours()))).toList());
    }
}

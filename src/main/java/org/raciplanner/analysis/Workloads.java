package org.raciplanner.analysis;

import java.util.ArrayList;
import java.util.List;

/** The workload table: one line per person of the roster, in id order. */
final class Workloads {

    private Workloads() {
    }

    static List<Workload> of(TeamIndex team) {
        return team.checkedPeople().stream().map(person -> of(person, team)).toList();
    }

    private static Workload of(PersonFacts person, TeamIndex team) {
        int accountable = 0;
        int responsible = 0;
        int consulted = 0;
        int informed = 0;
        for (HeldCell held : team.cellsOf(person.id())) {
            Letters letters = held.letters();
            accountable += letters.accountable() ? 1 : 0;
            responsible += letters.responsible() ? 1 : 0;
            consulted += letters == Letters.C ? 1 : 0;
            informed += letters == Letters.I ? 1 : 0;
        }
        TimedLoad load = team.loadOverHorizon(person);
        int peak = load.peak();
        return new Workload(person.id(), person.name(), Figures.round1(load.capacity(0)),
                Figures.round1(load.hours(0)), rounded(load.percent(0)),
                accountable, responsible, consulted, informed,
                new ArrayList<>(team.rolesOf(person.id()).keySet()), rounded(load.percent(peak)), load.period(peak).start());
    }

    private static Double rounded(Double percent) {
        return percent == null ? null : Figures.round1(percent);
    }
}

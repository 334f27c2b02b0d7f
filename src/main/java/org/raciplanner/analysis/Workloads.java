package org.raciplanner.analysis;

import java.util.ArrayList;
import java.util.List;

/** The workload table: one line per person of the roster, in id order. */
final class Workloads {

    private Workloads() {
    }

    static List<Workload> of(TeamIndex team) {
        return team.people().stream().map(person -> of(person, team)).toList();
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
        PersonLoad load = LoadModel.of(person, team);
        return new Workload(person.id(), person.name(), person.capacityHours(),
                Figures.round1(load.hours()), load.percent() == null ? null : Figures.round1(load.percent()),
                accountable, responsible, consulted, informed,
                new ArrayList<>(team.rolesOf(person.id()).keySet()));
    }
}

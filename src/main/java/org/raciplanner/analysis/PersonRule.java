package org.raciplanner.analysis;

import java.util.function.Consumer;

/** A rule about one person across all of the team's initiatives. */
interface PersonRule extends Rule {

    void checkPerson(PersonFacts person, TeamIndex team, Consumer<Warning> out);

    @Override
    default void check(TeamIndex team, Consumer<Warning> out) {
        for (PersonFacts person : team.checkedPeople()) {
            checkPerson(person, team, out);
        }
    }
}

package org.raciplanner.analysis;

import java.util.function.Consumer;

/** A rule about one initiative as a whole. */
interface InitiativeRule extends Rule {

    void checkInitiative(Initiative initiative, TeamIndex team, Consumer<Warning> out);

    @Override
    default void check(TeamIndex team, Consumer<Warning> out) {
        for (Initiative initiative : team.checkedInitiatives()) {
            checkInitiative(initiative, team, out);
        }
    }
}

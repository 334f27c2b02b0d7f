package org.raciplanner.analysis;

import java.util.function.Consumer;

/** A rule about one responsibility of one initiative. */
interface RowRule extends Rule {

    void checkRow(Initiative initiative, Row row, TeamIndex team, Consumer<Warning> out);

    @Override
    default void check(TeamIndex team, Consumer<Warning> out) {
        for (Initiative initiative : team.checkedInitiatives()) {
            for (Row row : initiative.rows()) {
                checkRow(initiative, row, team, out);
            }
        }
    }
}

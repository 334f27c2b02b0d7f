package org.raciplanner.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A person of the roster who holds no letter anywhere. */
final class UnassignedPersonRule implements PersonRule {

    static final String CODE = "UNASSIGNED_PERSON";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public void checkPerson(PersonFacts person, TeamIndex team, Consumer<Warning> out) {
        if (!team.cellsOf(person.id()).isEmpty()) {
            return;
        }
        List<String> roles = new ArrayList<>(team.rolesOf(person.id()).keySet());
        String name = person.name();
        String advice = roles.isEmpty()
                ? "Give " + name + " letters where they take part, or remove them from the roster if they have left the team."
                : name + " is staffed as " + Text.list(Text.roles(roles)) + " but the matrix gives them no letter: "
                        + "give them R, C or I where they take part.";
        out.accept(new Warning(CODE, Severity.INFO,
                name + " holds no responsibility on any initiative.",
                advice, person.id(), null, null,
                Figures.create()
                        .rounded("capacityHours", person.capacityHours())
                        .put("roles", roles)
                        .map()));
    }
}

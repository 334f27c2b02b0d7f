package org.raciplanner.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A person of the roster who holds no letter on any initiative that is still on: letters on
 * initiatives that ended before the evaluation date do not count.
 */
final class UnassignedPersonRule implements PersonRule {

    static final String CODE = "UNASSIGNED_PERSON";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public void checkPerson(PersonFacts person, TeamIndex team, Consumer<Warning> out) {
        Set<String> ended = new LinkedHashSet<>();
        for (HeldCell held : team.cellsOf(person.id())) {
            if (!team.hasEnded(held.initiative())) {
                return;
            }
            ended.add(held.initiative().name());
        }
        List<String> roles = new ArrayList<>();
        team.rolesOf(person.id()).forEach((role, on) -> {
            if (on.stream().anyMatch(initiative -> !team.hasEnded(initiative))) {
                roles.add(role);
            }
        });
        String name = person.name();
        String advice = roles.isEmpty()
                ? "Give " + name + " letters where they take part, or remove them from the roster if they have left the team."
                : name + " is staffed as " + Text.list(Text.roles(roles)) + " but the matrix gives them no letter: "
                        + "give them R, C or I where they take part.";
        String message = ended.isEmpty() ? name + " holds no responsibility on any initiative."
                : name + " holds responsibilities only on initiatives that have ended (" + Text.sample(List.copyOf(ended), 3) + ").";
        Figures figures = Figures.create()
                .rounded("capacityHours", person.capacityHours())
                .put("roles", roles);
        if (!ended.isEmpty()) {
            figures.put("endedInitiatives", List.copyOf(ended));
        }
        out.accept(new Warning(CODE, Severity.INFO, message, advice, person.id(), null, null, figures.map()));
    }
}

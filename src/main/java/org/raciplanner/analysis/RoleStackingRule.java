package org.raciplanner.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A person plays more distinct roles across the team's initiatives than the team's limit; roles on
 * initiatives that ended before the evaluation date do not count.
 */
final class RoleStackingRule implements PersonRule {

    static final String CODE = "ROLE_STACKING";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public void checkPerson(PersonFacts person, TeamIndex team, Consumer<Warning> out) {
        int limit = team.limits().maxRoles();
        SortedMap<String, List<Initiative>> held = new TreeMap<>();
        team.rolesOf(person.id()).forEach((role, on) -> {
            List<Initiative> current = on.stream().filter(initiative -> !team.hasEnded(initiative)).toList();
            if (!current.isEmpty()) {
                held.put(role, current);
            }
        });
        if (held.size() <= limit) {
            return;
        }
        List<String> roles = new ArrayList<>(held.keySet());
        Map<String, List<String>> heldOn = new LinkedHashMap<>();
        held.forEach((role, initiatives) -> heldOn.put(role, initiatives.stream().map(Initiative::name).toList()));
        out.accept(new Warning(CODE, Severity.WARNING,
                person.name() + " holds " + roles.size() + " roles (" + Text.list(Text.roles(roles))
                        + "); the team limit is " + limit + ".",
                "In small companies one person ends up doing everything: give at least " + (roles.size() - limit)
                        + " of " + person.name() + "'s roles to someone else.",
                person.id(), null, null,
                Figures.create()
                        .put("roles", roles)
                        .put("count", roles.size())
                        .put("limit", limit)
                        .put("heldOn", Collections.unmodifiableMap(heldOn))
                        .map()));
    }
}

package org.raciplanner.analysis;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** A role the initiative's template needs has nobody staffed in it. */
final class UnstaffedRoleRule implements InitiativeRule {

    static final String CODE = "UNSTAFFED_ROLE";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public void checkInitiative(Initiative initiative, TeamIndex team, Consumer<Warning> out) {
        Set<String> staffed = initiative.staffedRoles();
        List<String> required = initiative.facts().requiredRoles().stream().sorted().toList();
        for (String role : required) {
            if (staffed.contains(role)) {
                continue;
            }
            out.accept(new Warning(CODE, Severity.WARNING,
                    "Nobody is staffed as " + Text.role(role) + " on " + initiative.name() + ".",
                    "Staff someone as " + Text.role(role) + " on " + initiative.name()
                            + " so the letters the template gives that role have a holder, "
                            + "or apply a template that does not need it.",
                    null, initiative.id(), null,
                    Figures.create()
                            .put("role", role)
                            .put("requiredRoles", required)
                            .put("staffedRoles", staffed.stream().sorted().toList())
                            .map()));
        }
    }
}

package org.raciplanner.analysis;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** An initiative lacks a responsibility its kind requires (e.g. a project without a budget). */
final class MissingResponsibilityRule implements InitiativeRule {

    static final String CODE = "MISSING_RESPONSIBILITY";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public void checkInitiative(Initiative initiative, TeamIndex team, Consumer<Warning> out) {
        List<String> required = initiative.facts().requiredResponsibilities().stream().sorted().toList();
        String kind = initiative.kind().toLowerCase(Locale.ROOT);
        for (String key : required) {
            if (initiative.row(key) != null) {
                continue;
            }
            out.accept(new Warning(CODE, Severity.WARNING,
                    initiative.name() + " has no " + Text.quoted(key) + " responsibility, which every "
                            + kind + " needs.",
                    "Add " + Text.quoted(key) + " to " + initiative.name()
                            + " and give it exactly one A and at least one R.",
                    null, initiative.id(), key,
                    Figures.create()
                            .put("responsibility", key)
                            .put("kind", initiative.kind())
                            .put("requiredResponsibilities", required)
                            .map()));
        }
    }
}

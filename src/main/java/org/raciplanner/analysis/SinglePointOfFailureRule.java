package org.raciplanner.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One person is R or A on more than the team's share (default 60 %) of an initiative's
 * responsibilities. Initiatives with fewer than three rows are left alone: there, one person
 * doing everything is normal.
 */
final class SinglePointOfFailureRule implements InitiativeRule {

    static final String CODE = "SINGLE_POINT_OF_FAILURE";
    static final int MIN_RESPONSIBILITIES = 3;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public void checkInitiative(Initiative initiative, TeamIndex team, Consumer<Warning> out) {
        int total = initiative.rows().size();
        if (total < MIN_RESPONSIBILITIES) {
            return;
        }
        int limitPercent = team.limits().singlePointPercent();
        heldRows(initiative).forEach((person, keys) -> {
            if (keys.size() * 100L > (long) limitPercent * total) {
                out.accept(warning(initiative, person, keys, total, limitPercent, team));
            }
        });
    }

    private static Map<Long, List<String>> heldRows(Initiative initiative) {
        Map<Long, List<String>> held = new LinkedHashMap<>();
        for (Row row : initiative.rows()) {
            row.lettersByPerson().forEach((person, letters) -> {
                if (letters.responsible() || letters.accountable()) {
                    held.computeIfAbsent(person, p -> new ArrayList<>()).add(row.key());
                }
            });
        }
        return held;
    }

    private static Warning warning(Initiative initiative, long person, List<String> keys, int total,
                                   int limitPercent, TeamIndex team) {
        String name = team.personName(person);
        int count = keys.size();
        double percent = count * 100.0 / total;
        int allowed = (int) ((long) limitPercent * total / 100);
        return new Warning(CODE, Severity.INFO,
                name + " is R or A on " + count + " of " + total + " responsibilities of " + initiative.name()
                        + " (" + Text.percent(percent) + ").",
                "If " + name + " is away, " + initiative.name() + " stalls: hand at least " + (count - allowed)
                        + " of them to others so " + name + " holds at most " + allowed + " (" + limitPercent + " %).",
                person, initiative.id(), null,
                Figures.create()
                        .put("count", count)
                        .put("responsibilityCount", total)
                        .rounded("percent", percent)
                        .put("limitPercent", limitPercent)
                        .put("responsibilities", List.copyOf(keys))
                        .map());
    }
}

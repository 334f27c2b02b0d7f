package org.raciplanner.analysis;

import java.util.List;
import java.util.function.Consumer;

/** Every C is a dependency that slows the work; more than the team's limit on one row is too many. */
final class TooManyConsultedRule implements RowRule {

    static final String CODE = "TOO_MANY_CONSULTED";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public void checkRow(Initiative initiative, Row row, TeamIndex team, Consumer<Warning> out) {
        int limit = team.limits().maxConsulted();
        int count = row.consultedCount();
        if (count <= limit) {
            return;
        }
        List<String> consulted = team.personNames(row.holders(letters -> letters == Letters.C));
        String what = Text.quoted(row.name());
        out.accept(new Warning(CODE, Severity.INFO,
                count + " people are consulted on " + what + " for " + initiative.name()
                        + "; the team limit is " + limit + ".",
                "Every C is a dependency that slows the work: move at least " + (count - limit)
                        + " of " + Text.sample(consulted, 5) + " to I (informed afterwards).",
                null, initiative.id(), row.key(),
                Figures.create()
                        .put("responsibility", row.key())
                        .put("count", count)
                        .put("limit", limit)
                        .put("consulted", consulted)
                        .map()));
    }
}

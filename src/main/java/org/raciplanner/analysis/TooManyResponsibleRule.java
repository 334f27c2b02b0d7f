package org.raciplanner.analysis;

import java.util.List;
import java.util.function.Consumer;

/** More R holders on one row than the team's limit: the item is too big and should be split. */
final class TooManyResponsibleRule implements RowRule {

    static final String CODE = "TOO_MANY_RESPONSIBLE";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public void checkRow(Initiative initiative, Row row, TeamIndex team, Consumer<Warning> out) {
        int limit = team.limits().maxResponsible();
        int count = row.responsibleCount();
        if (count <= limit) {
            return;
        }
        List<String> doers = team.personNames(row.holders(Letters::responsible));
        String what = Text.quoted(row.name());
        out.accept(new Warning(CODE, Severity.INFO,
                count + " people are responsible for " + what + " on " + initiative.name()
                        + "; the team limit is " + limit + ".",
                "Split " + what + " into smaller responsibilities with at most " + limit
                        + " R each, or move " + (count - limit) + " of " + Text.sample(doers, 5) + " to C.",
                null, initiative.id(), row.key(),
                Figures.create()
                        .put("responsibility", row.key())
                        .put("count", count)
                        .put("limit", limit)
                        .put("responsible", doers)
                        .rounded("effortHours", row.effortHours())
                        .map()));
    }
}

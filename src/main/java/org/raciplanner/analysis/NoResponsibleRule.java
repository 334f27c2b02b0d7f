package org.raciplanner.analysis;

import java.util.List;
import java.util.function.Consumer;

/** A responsibility nobody does: nobody holds R or RA on the row. */
final class NoResponsibleRule implements RowRule {

    static final String CODE = "NO_RESPONSIBLE";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public void checkRow(Initiative initiative, Row row, TeamIndex team, Consumer<Warning> out) {
        if (row.responsibleCount() > 0) {
            return;
        }
        List<String> owners = team.personNames(row.holders(Letters::accountable));
        String what = Text.quoted(row.name());
        String advice = owners.size() == 1
                ? "Mark who does the work on " + what + " as R, or mark " + owners.get(0)
                        + " RA if the accountable person does it themselves."
                : "Mark at least one person who does the work on " + what + " as R.";
        out.accept(new Warning(CODE, Severity.WARNING,
                "Nobody does the work for " + what + " on " + initiative.name() + ": the row has no R.",
                advice, null, initiative.id(), row.key(),
                Figures.create()
                        .put("responsibility", row.key())
                        .put("responsibleCount", 0)
                        .put("accountable", owners)
                        .rounded("effortHours", row.effortHours())
                        .map()));
    }
}

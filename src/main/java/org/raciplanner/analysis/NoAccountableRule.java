package org.raciplanner.analysis;

import java.util.List;
import java.util.function.Consumer;

/** A responsibility nobody owns: nobody holds A or RA on the row. */
final class NoAccountableRule implements RowRule {

    static final String CODE = "NO_ACCOUNTABLE";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public void checkRow(Initiative initiative, Row row, TeamIndex team, Consumer<Warning> out) {
        if (row.accountableCount() > 0) {
            return;
        }
        List<String> doers = team.personNames(row.holders(Letters::responsible));
        String what = Text.quoted(row.name());
        String lead = Text.leadRole(initiative.kind());
        String advice = doers.size() == 1
                ? "Make exactly one person accountable (A) for " + what + ": mark " + doers.get(0)
                        + " RA if they own the outcome as well as doing the work, otherwise make the " + lead + " A."
                : "Make exactly one person accountable (A) for " + what + ", usually the " + lead + " of "
                        + initiative.name() + ".";
        out.accept(new Warning(CODE, Severity.ERROR,
                "Nobody is accountable for " + what + " on " + initiative.name() + ".",
                advice, null, initiative.id(), row.key(),
                Figures.create()
                        .put("responsibility", row.key())
                        .put("accountableCount", 0)
                        .put("responsible", doers)
                        .map()));
    }
}

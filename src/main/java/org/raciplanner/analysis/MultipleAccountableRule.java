package org.raciplanner.analysis;

import java.util.List;
import java.util.function.Consumer;

/** A responsibility with several owners: more than one person holds A or RA on the row. */
final class MultipleAccountableRule implements RowRule {

    static final String CODE = "MULTIPLE_ACCOUNTABLE";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public void checkRow(Initiative initiative, Row row, TeamIndex team, Consumer<Warning> out) {
        if (row.accountableCount() <= 1) {
            return;
        }
        List<Long> owners = row.holders(Letters::accountable);
        List<String> names = team.personNames(owners);
        String what = Text.quoted(row.name());
        out.accept(new Warning(CODE, Severity.ERROR,
                owners.size() + " people are accountable for " + what + " on " + initiative.name() + ": "
                        + Text.list(names) + ".",
                "Keep exactly one A on " + what + " and change the others to R if they do the work, "
                        + "or to C if they only advise.",
                null, initiative.id(), row.key(),
                Figures.create()
                        .put("responsibility", row.key())
                        .put("accountableCount", owners.size())
                        .put("limit", 1)
                        .put("personIds", owners)
                        .put("personNames", names)
                        .map()));
    }
}

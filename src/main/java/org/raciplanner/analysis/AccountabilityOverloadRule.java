package org.raciplanner.analysis;

import java.util.List;
import java.util.function.Consumer;

/** One person owns the outcome of more responsibilities than the team's limit. */
final class AccountabilityOverloadRule implements PersonRule {

    static final String CODE = "ACCOUNTABILITY_OVERLOAD";
    private static final int ADVICE_ITEMS = 3;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public void checkPerson(PersonFacts person, TeamIndex team, Consumer<Warning> out) {
        int limit = team.limits().maxAccountable();
        List<HeldCell> owned = team.cellsOf(person.id()).stream().filter(held -> held.letters().accountable()).toList();
        if (owned.size() <= limit) {
            return;
        }
        String name = person.name();
        List<String> handable = owned.stream()
                .filter(held -> held.letters() == Letters.A && held.row().responsibleCount() > 0)
                .limit(ADVICE_ITEMS)
                .map(held -> Text.quoted(held.row().name()) + " on " + held.initiative().name() + " ("
                        + Text.list(team.personNames(held.row().holders(Letters::responsible))) + " R)")
                .toList();
        String advice = "That is a lot on one person's shoulders: make someone else accountable for at least "
                + (owned.size() - limit) + " of them"
                + (handable.isEmpty() ? "." : ", starting where another person already does the work: "
                        + Text.list(handable) + ".");
        long initiatives = owned.stream().map(HeldCell::initiative).distinct().count();
        out.accept(new Warning(CODE, Severity.WARNING,
                name + " is accountable for " + owned.size() + " responsibilities on "
                        + Text.count((int) initiatives, "initiative", "initiatives") + "; the team limit is " + limit + ".",
                advice, person.id(), null, null,
                Figures.create()
                        .put("count", owned.size())
                        .put("limit", limit)
                        .put("initiativeCount", (int) initiatives)
                        .put("accountableFor", owned.stream()
                                .map(held -> held.initiative().name() + ": " + held.row().key()).toList())
                        .map()));
    }
}

package org.raciplanner.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Estimated weekly load above the team's share of capacity (warning), or above the error share
 * (error). Compared on the figures rounded to 1 decimal, so the warning always agrees with the
 * numbers it shows.
 */
final class CapacityOverloadRule implements PersonRule {

    static final String CODE = "CAPACITY_OVERLOAD";
    static final int BREAKDOWN_SIZE = 5;
    private static final int ADVICE_ITEMS = 3;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public void checkPerson(PersonFacts person, TeamIndex team, Consumer<Warning> out) {
        Limits limits = team.limits();
        PersonLoad load = LoadModel.of(person, team);
        double loadHours = Figures.round1(load.hours());
        if (load.percent() == null) {
            if (loadHours > 0) {
                out.accept(withoutCapacity(person, load, loadHours));
            }
            return;
        }
        double percent = Figures.round1(load.percent());
        double limitHours = Figures.round1(person.capacityHours() * limits.capacityWarnPercent() / 100.0);
        Severity severity;
        int limitPercent;
        if (percent > limits.capacityErrorPercent()) {
            severity = Severity.ERROR;
            limitPercent = limits.capacityErrorPercent();
        } else if (loadHours > limitHours) {
            severity = Severity.WARNING;
            limitPercent = limits.capacityWarnPercent();
        } else {
            return;
        }
        List<Contribution> top = load.top(BREAKDOWN_SIZE);
        String name = person.name();
        double excess = Figures.round1(loadHours - limitHours);
        out.accept(new Warning(CODE, severity,
                name + "'s estimated load is " + loadHours + " h a week, " + percent + " % of a "
                        + Text.hours(person.capacityHours()) + " capacity (limit " + limitPercent + " %).",
                "Hand over at least " + excess + " h a week to bring " + name + " back to " + limitHours
                        + " h; the biggest items are " + Text.list(describe(top)) + ".",
                person.id(), null, null,
                Figures.create()
                        .put("loadHours", loadHours)
                        .rounded("capacityHours", person.capacityHours())
                        .put("loadPercent", percent)
                        .put("limitPercent", limitPercent)
                        .put("limitHours", limitHours)
                        .put("excessHours", excess)
                        .put("breakdown", top.stream().map(CapacityOverloadRule::figures).toList())
                        .map()));
    }

    /** Capacity 0 means not available: any load is too much, and no percentage of 0 h means anything. */
    private static Warning withoutCapacity(PersonFacts person, PersonLoad load, double loadHours) {
        List<Contribution> top = load.top(BREAKDOWN_SIZE);
        String name = person.name();
        return new Warning(CODE, Severity.ERROR,
                name + " holds " + loadHours + " h a week but has no capacity (0 h: not available).",
                "Hand all " + loadHours + " h over to someone else, or give " + name + " a capacity; the biggest items are "
                        + Text.list(describe(top)) + ".",
                person.id(), null, null,
                Figures.create()
                        .put("loadHours", loadHours)
                        .put("capacityHours", 0)
                        .put("limitHours", 0)
                        .put("excessHours", loadHours)
                        .put("breakdown", top.stream().map(CapacityOverloadRule::figures).toList())
                        .map());
    }

    private static List<String> describe(List<Contribution> top) {
        return top.stream().limit(ADVICE_ITEMS)
                .map(part -> Text.quoted(rowName(part)) + " on " + part.initiative().name()
                        + " (" + part.letters() + ", " + Text.hours(part.hours()) + ")")
                .toList();
    }

    private static String rowName(Contribution part) {
        Row row = part.initiative().row(part.responsibility());
        return row == null ? part.responsibility() : row.name();
    }

    private static Map<String, Object> figures(Contribution part) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("initiativeId", part.initiative().id());
        figures.put("initiative", part.initiative().name());
        figures.put("responsibility", part.responsibility());
        figures.put("letters", part.letters());
        figures.put("hours", Figures.round1(part.hours()));
        return Collections.unmodifiableMap(figures);
    }
}

package org.raciplanner.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Estimated load above the team's share of capacity (warning) or above the error share (error),
 * judged week by week over the horizon ({@link OverloadWeeks}): it fires when any week is over, names
 * the windows of weeks over, and gives its figures and advice for the worst week, in the worst window.
 */
final class CapacityOverloadRule implements PersonRule {

    static final String CODE = "CAPACITY_OVERLOAD";
    static final int BREAKDOWN_SIZE = 5;
    private static final int ADVICE_ITEMS = 3;
    private static final int WINDOWS_NAMED = 3;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public void checkPerson(PersonFacts person, TeamIndex team, Consumer<Warning> out) {
        TimedLoad load = team.loadOverHorizon(person);
        OverloadWeeks weeks = new OverloadWeeks(load, team.limits());
        if (weeks.windows().isEmpty()) {
            return;
        }
        OverloadWeeks.Window worst = weeks.worst();
        int peak = worst.peak();
        String name = person.name();
        List<Contribution> top = load.top(peak, BREAKDOWN_SIZE);
        double loadHours = Figures.round1(load.hours(peak));
        String over = name + " is over capacity " + windows(weeks, load) + ".";
        String during = "For " + dates(load, worst);
        Figures figures = Figures.create().put("loadHours", loadHours);
        String message;
        String advice;
        if (load.percent(peak) == null) {
            figures.put("capacityHours", 0).put("limitHours", 0).put("excessHours", loadHours);
            message = over + " In the week of " + Text.date(load.period(peak).start()) + " " + name + " holds " + loadHours
                    + " h but has no capacity (0 h: not available).";
            advice = during + ", hand all " + loadHours + " h a week over to someone else, or give " + name
                    + " capacity in those weeks; the biggest items then are " + Text.list(describe(top)) + ".";
        } else {
            double percent = Figures.round1(load.percent(peak));
            double limitHours = weeks.limitHours(peak);
            double excess = Figures.round1(loadHours - limitHours);
            figures.rounded("capacityHours", load.capacity(peak)).put("loadPercent", percent)
                    .put("limitPercent", weeks.limitPercent(peak)).put("limitHours", limitHours).put("excessHours", excess);
            message = over + " At the peak, in the week of " + Text.date(load.period(peak).start()) + ", " + name
                    + "'s estimated load is " + loadHours + " h a week, " + percent + " % of a " + Text.hours(load.capacity(peak))
                    + " capacity (limit " + weeks.limitPercent(peak) + " %).";
            advice = during + ", hand over at least " + excess + " h a week to bring " + name + " back to " + limitHours
                    + " h; the biggest items then are " + Text.list(describe(top)) + ".";
        }
        Period first = load.period(0);
        Period last = load.period(load.size() - 1);
        out.accept(new Warning(CODE, weeks.level() == OverloadWeeks.Level.ERROR ? Severity.ERROR : Severity.WARNING,
                message, advice, person.id(), null, null,
                figures.put("breakdown", top.stream().map(CapacityOverloadRule::figures).toList())
                        .put("peakStart", load.period(peak).start().toString())
                        .put("weeksOver", weeks.weeksOver())
                        .put("windows", weeks.windows().stream().map(w -> figures(w, load)).toList())
                        .put("worstWindow", figures(worst, load))
                        .put("horizon", Map.of("from", first.start().toString(), "to", last.end().toString(), "weeks", load.size()))
                        .map()));
    }

    /** "4 Jan – 28 Mar 2027, peak 299.0 %", or several as "4 Jan – 28 Mar 2027 (peak 299.0 %) and 1 – 14 Feb …". */
    private static String windows(OverloadWeeks weeks, TimedLoad load) {
        List<OverloadWeeks.Window> windows = weeks.windows();
        if (windows.size() == 1) {
            OverloadWeeks.Window only = windows.get(0);
            boolean always = only.first() == 0 && only.last() == load.size() - 1;
            return dates(load, only) + (always ? " (every week of the horizon)" : "") + ", " + peak(only, load);
        }
        return Text.sample(windows.stream().map(w -> dates(load, w) + " (" + peak(w, load) + ")").toList(), WINDOWS_NAMED);
    }

    private static String peak(OverloadWeeks.Window window, TimedLoad load) {
        Double percent = load.percent(window.peak());
        return percent == null ? "not available" : "peak " + Text.percent(percent);
    }

    private static String dates(TimedLoad load, OverloadWeeks.Window window) {
        return Text.dates(load.period(window.first()).start(), load.period(window.last()).end());
    }

    private static Map<String, Object> figures(OverloadWeeks.Window window, TimedLoad load) {
        int peak = window.peak();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("from", load.period(window.first()).start().toString());
        figures.put("to", load.period(window.last()).end().toString());
        figures.put("weeks", window.last() - window.first() + 1);
        figures.put("peakStart", load.period(peak).start().toString());
        figures.put("peakHours", Figures.round1(load.hours(peak)));
        figures.put("capacityHours", Figures.round1(load.capacity(peak)));
        if (load.percent(peak) != null) {
            figures.put("peakPercent", Figures.round1(load.percent(peak)));
        }
        return Collections.unmodifiableMap(figures);
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

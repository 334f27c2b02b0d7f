package org.raciplanner.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A person's weeks judged one by one against the team's limits, on the figures rounded to 1 decimal
 * as they are shown (so a verdict always agrees with its numbers): over the error share is an error,
 * over the warning share's hours a warning, and any load in a week without capacity an error. Runs of
 * consecutive weeks over the limit are the overload's windows.
 */
final class OverloadWeeks {

    enum Level { NONE, WARNING, ERROR }

    /** Weeks {@code first} to {@code last} of the timeline, over the limit; {@code peak} the worst of them. */
    record Window(int first, int last, int peak) {
    }

    private final TimedLoad load;
    private final Limits limits;
    private final Level[] levels;
    private final List<Window> windows = new ArrayList<>();

    OverloadWeeks(TimedLoad load, Limits limits) {
        this.load = load;
        this.limits = limits;
        this.levels = new Level[load.size()];
        for (int p = 0; p < levels.length; p++) {
            levels[p] = judge(p);
        }
        for (int p = 0; p < levels.length; p++) {
            if (levels[p] == Level.NONE) {
                continue;
            }
            int first = p;
            int peak = p;
            while (p + 1 < levels.length && levels[p + 1] != Level.NONE) {
                p++;
                peak = worse(p, peak) ? p : peak;
            }
            windows.add(new Window(first, p, peak));
        }
    }

    List<Window> windows() {
        return windows;
    }

    /** The window holding the worst week of all, the earliest of equals; call only when there are windows. */
    Window worst() {
        Window worst = windows.get(0);
        for (Window window : windows) {
            worst = worse(window.peak(), worst.peak()) ? window : worst;
        }
        return worst;
    }

    Level level() {
        Level level = Level.NONE;
        for (Level week : levels) {
            level = week.compareTo(level) > 0 ? week : level;
        }
        return level;
    }

    Level level(int week) {
        return levels[week];
    }

    int weeksOver() {
        int weeks = 0;
        for (Level level : levels) {
            weeks += level == Level.NONE ? 0 : 1;
        }
        return weeks;
    }

    /** The limit the week's hours are brought back to: the warning share of that week's capacity. */
    double limitHours(int week) {
        return Figures.round1(load.capacity(week) * limits.capacityWarnPercent() / 100.0);
    }

    int limitPercent(int week) {
        return levels[week] == Level.ERROR ? limits.capacityErrorPercent() : limits.capacityWarnPercent();
    }

    private Level judge(int week) {
        double hours = Figures.round1(load.hours(week));
        Double percent = load.percent(week);
        if (percent == null) {
            return hours > 0 ? Level.ERROR : Level.NONE;
        }
        if (Figures.round1(percent) > limits.capacityErrorPercent()) {
            return Level.ERROR;
        }
        return hours > limitHours(week) ? Level.WARNING : Level.NONE;
    }

    /** The earlier of equals stays. */
    private boolean worse(int week, int than) {
        return load.severity(week) > load.severity(than);
    }
}

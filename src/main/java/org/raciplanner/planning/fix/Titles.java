package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Warning;
import org.raciplanner.planning.Result;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A suggestion in one line: who takes what, with what it costs each taker (their load before and
 * after, as the evaluation found it), and for a warning about a person, what it saves them.
 */
final class Titles {

    private Titles() {
    }

    static String of(Warning warning, Candidate candidate, Result result, TeamView view) {
        List<String> parts = new ArrayList<>();
        Set<Long> shown = new HashSet<>();
        for (Step step : candidate.steps()) {
            String cost = step.taker() != null && shown.add(step.taker()) ? load(result, step.taker(), view) : null;
            parts.add(cost == null ? step.text() : step.text() + " (" + cost + ")");
        }
        String title = String.join("; ", parts);
        Long subject = warning.personId();
        if (subject != null && !shown.contains(subject)) {
            String saved = load(result, subject, view);
            if (saved != null) {
                title += " — " + saved;
            }
        }
        return title;
    }

    /** "Lee: 40 % → 82 %", or in hours for someone without capacity; null when the load does not move. */
    static String load(Result result, long person, TeamView view) {
        for (Result.LoadChange l : result.workload()) {
            if (l.person() == person) {
                return view.name(person) + ": " + figure(l.before()) + " → " + figure(l.after());
            }
        }
        return null;
    }

    private static String figure(Result.Load load) {
        if (load == null) {
            return "new";
        }
        return load.loadPercent() == null ? load.loadHours() + " h" : Math.round(load.loadPercent()) + " %";
    }
}

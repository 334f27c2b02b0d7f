package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Warning;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Builds a candidate a move at a time, each chosen on the team the moves before it left (so a
 * taker's load and a row's letters are as they will be), until the warning is gone.
 */
final class Stepwise {

    private Stepwise() {
    }

    /**
     * Moves until the warning is gone (or milder, when the search is {@link Search#easing() easing}),
     * {@code maxSteps} are made or there are none left: at each
     * step {@code next} offers alternatives, best first (given the search at the team so far and
     * the warning as it is there), and the first that overloads nobody is made, else the first that
     * applies, never beyond the search's {@link Search#room() room}. Null when no move could be made;
     * a candidate that only eases the warning is returned too, for the ranking to judge.
     */
    static Candidate until(Search s, Warning w, int maxSteps, BiFunction<Search, Warning, List<Candidate>> next) {
        Search at = s;
        Warning now = w;
        Candidate made = null;
        for (int i = 0; i < maxSteps && now != null && !(s.easing() && now.severity().compareTo(w.severity()) > 0); i++) {
            Candidate move = null;
            Trial trial = null;
            int used = made == null ? 0 : made.changes().size();
            for (Candidate alternative : next.apply(at, now)) {
                if (used + alternative.changes().size() > s.room()) {
                    continue;
                }
                Trial tried = at.screen(alternative.changes());
                if (tried != null && (trial == null || Ranking.overloads(tried) == 0)) {
                    move = alternative;
                    trial = tried;
                    if (Ranking.overloads(tried) == 0) {
                        break;
                    }
                }
            }
            if (trial == null) {
                break;
            }
            made = made == null ? move : made.then(move);
            at = s.at(at.state().after(trial));
            now = at.state().warning(w.id());
        }
        return made;
    }
}

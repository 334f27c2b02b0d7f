package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Warning;
import org.raciplanner.planning.Change;
import org.raciplanner.planning.Result;

import java.util.List;

/** One way to clear a warning: the changes, in words, and what they do to the whole team. */
public record Suggestion(Warning warning, String title, List<Change> changes, Result result) {

    public Suggestion {
        changes = List.copyOf(changes);
    }
}

package org.raciplanner.planning;

import java.util.List;

/**
 * A change list that cannot be applied, with every problem named by the change's index and field.
 * {@link Kind} tells a malformed list (a wrong type, a missing or unknown field) from one that is
 * well formed but names what the team does not have, and from one that is simply too long.
 */
public final class InvalidChanges extends RuntimeException {

    public enum Kind { MALFORMED, UNRESOLVED, TOO_MANY }

    private final Kind kind;
    private final List<Issue> issues;

    InvalidChanges(Kind kind, String message, List<Issue> issues) {
        super(message);
        this.kind = kind;
        this.issues = List.copyOf(issues);
    }

    public Kind kind() {
        return kind;
    }

    public List<Issue> issues() {
        return issues;
    }
}

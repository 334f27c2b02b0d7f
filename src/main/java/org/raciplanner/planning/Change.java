package org.raciplanner.planning;

import java.util.Map;

/**
 * One change to a team, in the vocabulary scenarios, suggestions and plan files share
 * (planning.md, "Changes"). Changes apply in order: each sees the team as the ones before it left
 * it, so a person added by one can be named by the next.
 */
public sealed interface Change permits SetCell, MoveCell, Staff, Unstaff, SetCapacity, SetCommunicatesVia, AddPerson,
        SetAvailability, AddResponsibility {

    /** The name clients send in the {@code type} field. */
    default String type() {
        return (String) json().get("type");
    }

    /**
     * Applies the change to the draft, or throws {@link Invalid} naming the field that names
     * something the draft does not have. Checks everything before it changes anything.
     */
    void applyTo(Draft draft);

    /** The change as clients send it and the service stores it: {@code type} first, then the fields. */
    Map<String, Object> json();
}

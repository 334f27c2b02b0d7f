package org.raciplanner.planning;

import java.util.Objects;

/**
 * A person a change names: someone on the team, by id, or someone an earlier {@code addPerson} of
 * the same list adds, by the ref it gave them ({@code "new:ana"}). Exactly one of the two is set.
 */
public record PersonRef(Long id, String ref) {

    public static final String PREFIX = "new:";

    public PersonRef {
        if ((id == null) == (ref == null)) {
            throw new IllegalArgumentException("a person is named by an id or by a ref, not both or neither");
        }
    }

    public static PersonRef of(long id) {
        return new PersonRef(id, null);
    }

    public static PersonRef ref(String ref) {
        return new PersonRef(null, Objects.requireNonNull(ref, "ref"));
    }

    /** As JSON shows it: the id as a number, or the ref as text. */
    Object json() {
        return id != null ? id : ref;
    }

    @Override
    public String toString() {
        return id != null ? "person " + id : ref;
    }
}

package org.raciplanner.analysis;

import java.util.Objects;

/** Two roles one person should not hold together, and why (from the templates). */
public record RoleConflict(String roleA, String roleB, String reason) {

    public RoleConflict {
        Objects.requireNonNull(roleA, "roleA");
        Objects.requireNonNull(roleB, "roleB");
        Objects.requireNonNull(reason, "reason");
        if (roleA.equals(roleB)) {
            throw new IllegalArgumentException("a role cannot conflict with itself: " + roleA);
        }
    }
}

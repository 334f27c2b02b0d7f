package org.raciplanner.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** What a team's token may do; each role includes the ones before it. */
enum Role {
    VIEWER, EDITOR, ADMIN;

    /** This role and every lesser one: what the token's authentication carries, so a check asks for one name. */
    List<String> withLesser() {
        return Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal()).map(Enum::name).toList();
    }

    /** The role an authentication's names stand for: the strongest of them, since each role carries the lesser ones. */
    static Role highestOf(Collection<String> names) {
        return Arrays.stream(values()).filter(r -> names.contains(r.name())).reduce((weaker, stronger) -> stronger).orElse(VIEWER);
    }
}

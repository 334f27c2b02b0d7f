package org.raciplanner.roster;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

/** What a person holds on one initiative: the reason a delete is refused or what it removes. */
@Introspected
@Serdeable
record Holding(long initiativeId, String initiativeName, long cells, String roles, long relayed) {

    String describe() {
        StringBuilder s = new StringBuilder();
        if (cells > 0) {
            s.append(cells).append(cells == 1 ? " cell" : " cells");
        }
        if (!roles.isEmpty()) {
            s.append(s.isEmpty() ? "" : ", ").append("staffed as ").append(roles);
        }
        if (relayed > 0) {
            s.append(s.isEmpty() ? "" : ", ").append(relayed).append(relayed == 1 ? " person communicates" : " people communicate")
                    .append(" via them");
        }
        return s.toString();
    }
}

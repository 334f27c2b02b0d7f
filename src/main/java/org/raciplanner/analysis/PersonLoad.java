package org.raciplanner.analysis;

import java.util.List;

/** A person's estimated weekly load, every initiative counted in full, and the cells it comes from. */
record PersonLoad(double hours, List<Contribution> contributions) {

    PersonLoad {
        contributions = List.copyOf(contributions);
    }
}

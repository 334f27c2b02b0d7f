package org.raciplanner.analysis;

import java.util.function.Consumer;

/** One named check of the analysis; every rule is listed in {@link Rules#all()}. */
interface Rule {

    String code();

    void check(TeamIndex team, Consumer<Warning> out);
}

package org.raciplanner.team;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record TeamView(long id, String name, Settings settings) {

    static TeamView of(Team team) {
        return new TeamView(team.id(), team.name(), team.settings());
    }
}

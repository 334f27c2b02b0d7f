package org.raciplanner.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A team; {@code token}, the secret of its first ADMIN token, only in the answer that created it. */
@Serdeable
public record TeamView(long id, String name, Settings settings, @Nullable String token) {

    static TeamView of(Team team) {
        return new TeamView(team.id(), team.name(), team.settings(), null);
    }

    public TeamView withToken(String secret) {
        return new TeamView(id, name, settings, secret);
    }
}

package org.raciplanner.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.raciplanner.api.Timestamps;

import java.time.Instant;

/** A token as listed; {@code token}, the secret, is there only in the answer that issued it. */
@Serdeable
record TokenView(long id, String name, Role role, Instant createdAt, @Nullable String token) {

    static TokenView of(Token t) {
        return new TokenView(t.id(), t.name(), t.role(), Timestamps.shown(t.createdAt()), null);
    }

    TokenView withSecret(String secret) {
        return new TokenView(id, name, role, createdAt, secret);
    }
}

package org.raciplanner.support;

/** A team and the secret of its first ADMIN token. */
public record TeamAccess(long id, String token) {
}

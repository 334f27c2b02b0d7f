package org.raciplanner.access;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.raciplanner.database.RequestThreads;
import org.reactivestreams.Publisher;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Micronaut Security reads the bearer token from the request; this recognises it. The lookup is a
 * database query, so it runs on the controllers' blocking executor, never on the event loop; the
 * request then stays on that thread for its route ({@link RequestThreads}).
 */
@Singleton
class TokenLookup implements TokenValidator<HttpRequest<?>> {

    private final Tokens tokens;
    private final ExecutorService blocking;

    TokenLookup(Tokens tokens, @Named(RequestThreads.NAME) ExecutorService blocking) {
        this.tokens = tokens;
        this.blocking = blocking;
    }

    /** Empty for an unknown secret: the request goes on unauthenticated and {@link AccessRule} answers 401. */
    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        return Publishers.fromCompletableFuture(() ->
                CompletableFuture.supplyAsync(() -> tokens.authenticate(token).orElse(null), blocking));
    }
}

package org.raciplanner.api;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * The service has as much heavy work as it can hold: 503 with a {@code Retry-After} header, so the
 * client learns when to try again rather than guessing.
 */
public class ServiceBusy extends ApiException {

    private final long retryAfterSeconds;

    public ServiceBusy(String detail, long retryAfterSeconds) {
        super(HttpStatus.SERVICE_UNAVAILABLE, detail, List.of());
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

package org.raciplanner.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Records who changed what, and what it was before. Callers run it inside the transaction of the
 * change, so a change and its history entry are written together or not at all. The author is the
 * name of the token of the current request; the cause, when one is given ({@link #because}), says
 * what larger change an entry was part of, such as a plan apply.
 */
@Singleton
public class History {

    private final HistoryRepository entries;
    private final JsonMapper json;
    private final SecurityService security;
    /** The cause of the changes this thread is making: set for the length of {@link #because}, within one transaction. */
    private final ThreadLocal<String> cause = new ThreadLocal<>();

    History(HistoryRepository entries, JsonMapper json, SecurityService security) {
        this.entries = entries;
        this.json = json;
        this.security = security;
    }

    /** {@code before} and {@code after} are any serializable views; null where the thing did not (or no longer) exist. */
    public void record(long teamId, String action, @Nullable Long initiativeId, @Nullable Long personId,
                       @Nullable Object before, @Nullable Object after) {
        recordAll(teamId, action, List.of(new Change(initiativeId, personId, before, after)));
    }

    /** One entry per change, written in one statement: a batch of 20,000 people costs one round trip, not 20,000. */
    public void recordAll(long teamId, String action, List<Change> changes) {
        if (!changes.isEmpty()) {
            entries.insert(teamId, actor(), action, cause.get(), toJson(changes));
        }
    }

    /** Runs {@code work}, every entry it records naming {@code why} as its cause. */
    public <T> T because(String why, Supplier<T> work) {
        String outer = cause.get();
        cause.set(why);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                cause.remove();
            } else {
                cause.set(outer);
            }
        }
    }

    private String actor() {
        return security.getAuthentication().map(Authentication::getName)
                .orElseThrow(() -> new IllegalStateException("A change without an authenticated request has no author"));
    }

    private String toJson(List<Change> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One changed thing; the ids make it findable by initiative and by person. */
    @Serdeable
    public record Change(@Nullable Long initiativeId, @Nullable Long personId, @Nullable Object before, @Nullable Object after) {
    }
}

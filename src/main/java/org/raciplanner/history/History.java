package org.raciplanner.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.propagation.PropagatedContextElement;
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
 * name of the token of the current request; changes made while a scenario is applied
 * ({@link #attributedTo}) name the scenario too.
 */
@Singleton
public class History {

    private final HistoryRepository entries;
    private final JsonMapper json;
    private final SecurityService security;

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
            Scenario scenario = PropagatedContext.getOrEmpty().find(Scenario.class).orElse(null);
            entries.insert(teamId, actor(), action, toJson(changes), scenario == null ? null : scenario.id(),
                    scenario == null ? null : scenario.name());
        }
    }

    /**
     * Runs {@code work} so that every entry it records names the scenario: the write paths a
     * scenario's apply goes through record as they always do, and the history says why.
     */
    public <T> T attributedTo(long scenarioId, String scenarioName, Supplier<T> work) {
        return PropagatedContext.getOrEmpty().plus(new Scenario(scenarioId, scenarioName)).propagate(work);
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

    /** The scenario whose apply made the changes being recorded. */
    private record Scenario(long id, String name) implements PropagatedContextElement {
    }

    /** One changed thing; the ids make it findable by initiative and by person. */
    @Serdeable
    public record Change(@Nullable Long initiativeId, @Nullable Long personId, @Nullable Object before, @Nullable Object after) {
    }
}

package org.raciplanner.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.raciplanner.snapshot.Snapshots;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.Timestamps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

@Singleton
class HistoryReader {

    static final int MAX_PAGE_SIZE = 1000;

    private final HistoryRepository entries;
    private final Snapshots snapshots;
    private final JsonMapper json;

    HistoryReader(HistoryRepository entries, Snapshots snapshots, JsonMapper json) {
        this.entries = entries;
        this.snapshots = snapshots;
        this.json = json;
    }

    @Transactional(readOnly = true)
    Page page(long teamId, @Nullable Long initiativeId, @Nullable Long personId, @Nullable Long scenarioId, int page, int size) {
        if (!snapshots.teamExists(teamId)) {
            throw ApiException.notFound("Team " + teamId);
        }
        if (page < 0) {
            throw ApiException.invalidField("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.invalidField("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        List<HistoryView> found = entries.newestFirst(teamId, initiativeId, personId, scenarioId, size, (long) page * size).stream()
                .map(this::view).toList();
        return new Page(found, entries.count(teamId, initiativeId, personId, scenarioId));
    }

    private HistoryView view(HistoryEntry e) {
        return new HistoryView(e.id(), Timestamps.shown(e.at()), e.actor(), e.action(), e.initiativeId(), e.personId(),
                parse(e.before()), parse(e.after()),
                e.scenarioId() == null ? null : new HistoryView.ScenarioRef(e.scenarioId(), e.scenarioName()));
    }

    private Object parse(@Nullable String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Page(List<HistoryView> entries, long total) {
    }
}

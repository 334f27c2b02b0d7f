package org.raciplanner.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.Timestamps;
import org.raciplanner.snapshot.Snapshots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The cell changes of one matrix in a span, from the history: every write records each cell it
 * changes as an entry of its own (by hand, by workbook, by template, with a deleted row or person).
 * The span {@code (from, to]} matches {@code GET …/matrix?at=}: the matrix at {@code from} with these
 * changes applied is the matrix at {@code to}. Entries that left a cell's letters as they were are
 * not changes.
 */
@Singleton
class CellChanges {

    private static final Instant BEGINNING = Instant.EPOCH;
    private static final Instant NEVER = Instant.parse("9999-12-31T23:59:59Z");

    private final HistoryRepository entries;
    private final Snapshots snapshots;
    private final JsonMapper json;

    CellChanges(HistoryRepository entries, Snapshots snapshots, JsonMapper json) {
        this.entries = entries;
        this.snapshots = snapshots;
        this.json = json;
    }

    @Transactional(readOnly = true)
    HistoryReader.Page<CellChangeView> page(long teamId, long initiativeId, @Nullable Instant from, @Nullable Instant to,
                                            int page, int size) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalidField("from", "must not be after to (" + Timestamps.shown(to) + ")");
        }
        HistoryReader.checkPage(page, size);
        if (!snapshots.teamExists(teamId)) {
            throw ApiException.notFound("Team " + teamId);
        }
        if (!entries.mentions(teamId, initiativeId)) {
            throw ApiException.notFound("Initiative " + initiativeId);
        }
        Instant start = from == null ? BEGINNING : Timestamps.endOf(from);
        Instant end = to == null ? NEVER : Timestamps.endOf(to);
        List<CellChangeView> found = entries.cellChanges(teamId, initiativeId, start, end, size, (long) page * size).stream()
                .map(this::view).toList();
        return new HistoryReader.Page<>(found, entries.countCellChanges(teamId, initiativeId, start, end));
    }

    private CellChangeView view(HistoryEntry e) {
        Map<String, Object> before = parse(e.before());
        Map<String, Object> after = parse(e.after());
        Map<String, Object> cell = after != null ? after : before;
        return new CellChangeView(e.id(), Timestamps.shown(e.at()), e.actor(), e.action(), (String) cell.get("responsibility"),
                e.personId(), letters(before), letters(after));
    }

    @Nullable
    private static String letters(@Nullable Map<String, Object> cell) {
        return cell == null ? null : (String) cell.get("letters");
    }

    @SuppressWarnings("unchecked")
    @Nullable
    private Map<String, Object> parse(@Nullable String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.raciplanner.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who keeps whom in sync on one initiative. A staffed person is synced by the person they
 * communicate via, or, without one, by every communicator (R of the communication row, or its
 * A when nobody is R). A person's span is the number of staffed people they sync directly.
 */
final class CommunicationSpans {

    private final Map<Long, Long> viaByPerson;
    private final List<Long> communicators;
    private final Map<Long, Integer> spans;
    private final Set<Long> relayTargets;

    private CommunicationSpans(Map<Long, Long> viaByPerson, List<Long> communicators) {
        this.viaByPerson = Collections.unmodifiableMap(viaByPerson);
        this.communicators = List.copyOf(communicators);
        this.spans = new LinkedHashMap<>();
        this.relayTargets = new HashSet<>();
        viaByPerson.forEach((person, via) -> {
            if (via != null) {
                relayTargets.add(via);
            }
            for (long syncer : syncersOf(person, via)) {
                spans.merge(syncer, 1, Integer::sum);
            }
        });
    }

    static CommunicationSpans of(Map<Long, Long> viaByPerson, Row communicationRow) {
        return new CommunicationSpans(viaByPerson, communicators(communicationRow));
    }

    int spanOf(long personId) {
        return spans.getOrDefault(personId, 0);
    }

    /** People with a span above 0, in a stable order. */
    Map<Long, Integer> nonZero() {
        return Collections.unmodifiableMap(spans);
    }

    boolean isRelayTarget(long personId) {
        return relayTargets.contains(personId);
    }

    int relaysFor(long personId) {
        int count = 0;
        for (Long via : viaByPerson.values()) {
            if (via != null && via == personId) {
                count++;
            }
        }
        return count;
    }

    List<Long> communicators() {
        return communicators;
    }

    /** The staffed people this person syncs directly, in staffing order. */
    List<Long> syncedDirectlyBy(long personId) {
        List<Long> synced = new ArrayList<>();
        viaByPerson.forEach((person, via) -> {
            if (syncersOf(person, via).contains(personId)) {
                synced.add(person);
            }
        });
        return synced;
    }

    private List<Long> syncersOf(long person, Long via) {
        if (via != null) {
            return via == person ? List.of() : List.of(via);
        }
        List<Long> syncers = new ArrayList<>(communicators.size());
        for (long communicator : communicators) {
            if (communicator != person) {
                syncers.add(communicator);
            }
        }
        return syncers;
    }

    private static List<Long> communicators(Row row) {
        if (row == null) {
            return List.of();
        }
        List<Long> doers = row.holders(Letters::responsible);
        return doers.isEmpty() ? row.holders(letters -> letters == Letters.A) : doers;
    }
}

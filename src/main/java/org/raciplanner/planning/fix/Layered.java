package org.raciplanner.planning.fix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A map that shares an earlier map's entries and holds only its own changes. The search moves
 * from team to team by a change or two, hundreds of times, and branches to try moves; copying
 * whole indexes of a team of a thousand people at every move would cost more than the move. A
 * chain of layers is flattened into one map when it grows deep ({@link #flat}).
 */
final class Layered<K, V> {

    private static final int SETTLED = 8;
    private static final int DEEPEST = 32;
    private static final Object GONE = new Object();

    private final Layered<K, V> under;
    private final Map<K, Object> own;
    private final int depth;

    private Layered(Layered<K, V> under, Map<K, Object> own, int depth) {
        this.under = under;
        this.own = own;
        this.depth = depth;
    }

    static <K, V> Layered<K, V> of(Map<K, V> entries) {
        return new Layered<>(null, new HashMap<>(entries), 0);
    }

    @SuppressWarnings("unchecked")
    V get(K key) {
        for (Layered<K, V> layer = this; layer != null; layer = layer.under) {
            Object value = layer.own.get(key);
            if (value != null) {
                return value == GONE ? null : (V) value;
            }
        }
        return null;
    }

    V getOrDefault(K key, V fallback) {
        V value = get(key);
        return value == null ? fallback : value;
    }

    /** This map with the changes made: a null value takes the key away. */
    Layered<K, V> with(Map<K, V> changes) {
        if (changes.isEmpty()) {
            return this;
        }
        Map<K, Object> mine = new HashMap<>();
        changes.forEach((k, v) -> mine.put(k, v == null ? GONE : v));
        Layered<K, V> next = new Layered<>(this, mine, depth + 1);
        return next.depth > DEEPEST ? next.flat() : next;
    }

    /**
     * The same entries, in one layer once the chain is {@value #SETTLED} deep: for a map the search
     * goes on from (its tries branch off it), flattened seldom enough that its cost is shared out.
     */
    Layered<K, V> settled() {
        return depth > SETTLED ? flat() : this;
    }

    private Layered<K, V> flat() {
        return new Layered<>(null, new HashMap<>(entries()), 0);
    }

    /** Every entry, in no order. */
    @SuppressWarnings("unchecked")
    Map<K, V> entries() {
        List<Layered<K, V>> chain = new ArrayList<>();
        for (Layered<K, V> layer = this; layer != null; layer = layer.under) {
            chain.add(layer);
        }
        Map<K, V> all = new HashMap<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            chain.get(i).own.forEach((k, v) -> {
                if (v == GONE) {
                    all.remove(k);
                } else {
                    all.put(k, (V) v);
                }
            });
        }
        return all;
    }

    /** Changes to make to a layered map, read through: what is put shows at once. */
    static final class Edit<K, V> {
        private final Layered<K, V> base;
        private final Map<K, V> changes = new HashMap<>();

        Edit(Layered<K, V> base) {
            this.base = base;
        }

        V getOrDefault(K key, V fallback) {
            if (changes.containsKey(key)) {
                V value = changes.get(key);
                return value == null ? fallback : value;
            }
            return base.getOrDefault(key, fallback);
        }

        void put(K key, V value) {
            changes.put(key, value);
        }

        Layered<K, V> done() {
            return base.with(changes);
        }
    }
}

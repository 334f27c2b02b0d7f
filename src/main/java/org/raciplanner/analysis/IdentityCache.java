package org.raciplanner.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Values made for the latest {@code kept} keys, each key by identity rather than equality, the
 * least recently used dropped first. A search for fixes tries team after team that share the very
 * objects no change touched (a changed one is another object), and a record's own hash would walk
 * everything it holds on every look-up. For one thread.
 */
public final class IdentityCache<K, V> {

    /** A key by identity. */
    private record Same<K>(K key) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same<?> other && other.key == key;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(key);
        }
    }

    private final Map<Same<K>, V> values;

    public IdentityCache(int kept) {
        this.values = new LinkedHashMap<>(kept, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Same<K>, V> eldest) {
                return size() > kept;
            }
        };
    }

    /** The value kept for this very key, made by {@code make} if there is none. */
    public V get(K key, Function<? super K, ? extends V> make) {
        return values.computeIfAbsent(new Same<>(key), same -> make.apply(key));
    }
}

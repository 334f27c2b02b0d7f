package org.raciplanner.analysis;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The search's caches: by the very key object, the least recently used dropped first. */
class IdentityCacheTest {

    private final List<String> made = new ArrayList<>();

    @Test
    void makesOncePerKeyObjectAndAgainForAnEqualButOtherOne() {
        IdentityCache<List<Integer>, StringBuilder> cache = new IdentityCache<>(4);
        List<Integer> key = List.of(1, 2);
        StringBuilder first = cache.get(key, k -> make("a"));
        assertSame(first, cache.get(key, k -> make("b")));
        assertNotSame(first, cache.get(new ArrayList<>(key), k -> make("c")), "equal, yet another object");
        assertEquals(List.of("a", "c"), made);
    }

    @Test
    void dropsTheLeastRecentlyUsedBeyondWhatItKeeps() {
        IdentityCache<Object, StringBuilder> cache = new IdentityCache<>(2);
        Object x = new Object();
        Object y = new Object();
        Object z = new Object();
        cache.get(x, k -> make("x"));
        cache.get(y, k -> make("y"));
        cache.get(x, k -> make("x again"));
        cache.get(z, k -> make("z"));
        cache.get(x, k -> make("x kept"));
        cache.get(y, k -> make("y dropped"));
        assertEquals(List.of("x", "y", "z", "y dropped"), made);
    }

    private StringBuilder make(String name) {
        made.add(name);
        return new StringBuilder(name);
    }
}

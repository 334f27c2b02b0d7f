package org.raciplanner.heavy;

import io.micronaut.core.value.PropertyResolver;

import java.time.Duration;

/**
 * The bounds of each kind: configured under {@code raci.heavy.<kind>.*}, or derived from the heap
 * and the cores. The heap left after the reserve is split evenly among the kinds, and a kind runs as
 * many tasks at once as its share holds at its heap per task, but no more than there are cores and
 * never fewer than one: so with every kind at its bound at once, the heavy work still fits the heap.
 */
final class HeavyBounds {

    static final long MB = 1024 * 1024;
    static final long DEFAULT_RESERVE_MB = 64;
    static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(30);
    static final int QUEUE_PER_RUNNING = 4;
    private static final String PREFIX = "raci.heavy.";

    private HeavyBounds() {
    }

    /** The JVM's limits: the most heap it may use and the cores it may run on. */
    record Machine(long maxHeap, int cores) {
        static Machine current() {
            return new Machine(Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors());
        }
    }

    static Gate.Bounds of(Kind kind, PropertyResolver config, Machine machine) {
        long reserve = config.getProperty(PREFIX + "reserve-mb", Long.class, DEFAULT_RESERVE_MB) * MB;
        long perTask = config.getProperty(key(kind, "heap-per-task-mb"), Long.class, kind.heapPerTask() / MB) * MB;
        int maxRunning = config.getProperty(key(kind, "max-running"), Integer.class)
                .orElseGet(() -> derivedMaxRunning(machine, reserve, perTask, Kind.values().length));
        int queueLength = config.getProperty(key(kind, "queue-length"), Integer.class, QUEUE_PER_RUNNING * maxRunning);
        Duration maxWait = config.getProperty(key(kind, "max-wait"), Duration.class)
                .orElseGet(() -> config.getProperty(PREFIX + "max-wait", Duration.class, DEFAULT_MAX_WAIT));
        return new Gate.Bounds(maxRunning, queueLength, maxWait);
    }

    /** max(1, min(cores, (max heap − reserve) / kinds / heap per task)). */
    static int derivedMaxRunning(Machine machine, long reserve, long heapPerTask, int kinds) {
        long share = Math.max(0, machine.maxHeap() - reserve) / kinds;
        return (int) Math.max(1, Math.min(machine.cores(), share / heapPerTask));
    }

    private static String key(Kind kind, String setting) {
        return PREFIX + kind.key() + "." + setting;
    }
}

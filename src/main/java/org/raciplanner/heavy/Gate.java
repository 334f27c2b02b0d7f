package org.raciplanner.heavy;

import org.raciplanner.api.ServiceBusy;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Admits at most {@code maxRunning} tasks of one kind at once. Others wait first come, first
 * served (a fair semaphore) in a queue of at most {@code queueLength}, each for at most
 * {@code maxWait}; beyond either bound the task is refused with {@link ServiceBusy}. The permit is
 * returned in {@code finally}, whatever the task does.
 */
final class Gate {

    /** Why a task was refused, for the meters. */
    enum Refusal { QUEUE_FULL, WAITED_TOO_LONG }

    /** What the gate reports as it admits and refuses; the Micrometer meters in the service. */
    interface Meters {
        Meters NONE = new Meters() {
        };

        default void admitted(long waitedNanos) {
        }

        default void refused(Refusal why, long waitedNanos) {
        }
    }

    private static final double RECENT_WEIGHT = 0.3;
    private static final long MAX_RETRY_AFTER_SECONDS = 120;

    private final Kind kind;
    private final Bounds bounds;
    private final Meters meters;
    private final Semaphore permits;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    /** A moving average of how long a task runs, for the Retry-After estimate; 0 until one has run. */
    private final AtomicLong typicalRunNanos = new AtomicLong();

    Gate(Kind kind, Bounds bounds, Meters meters) {
        this.kind = kind;
        this.bounds = bounds;
        this.meters = meters;
        this.permits = new Semaphore(bounds.maxRunning(), true);
    }

    <T> T run(Supplier<T> task) {
        admit();
        running.incrementAndGet();
        long start = System.nanoTime();
        try {
            return task.get();
        } finally {
            remember(System.nanoTime() - start);
            running.decrementAndGet();
            permits.release();
        }
    }

    int waiting() {
        return waiting.get();
    }

    int running() {
        return running.get();
    }

    /** Threads parked on the semaphore, in line: {@link #waiting()} also counts those about to park. */
    int parked() {
        return permits.getQueueLength();
    }

    Bounds bounds() {
        return bounds;
    }

    private void admit() {
        long start = System.nanoTime();
        try {
            // with a timeout (even 0) a fair semaphore does not let a newcomer pass those queued
            if (permits.tryAcquire(0, TimeUnit.NANOSECONDS)) {
                meters.admitted(0);
                return;
            }
            if (waiting.incrementAndGet() > bounds.queueLength()) {
                waiting.decrementAndGet();
                throw refuse(Refusal.QUEUE_FULL, start);
            }
            boolean admitted;
            try {
                admitted = permits.tryAcquire(bounds.maxWait().toNanos(), TimeUnit.NANOSECONDS);
            } finally {
                waiting.decrementAndGet();
            }
            if (!admitted) {
                throw refuse(Refusal.WAITED_TOO_LONG, start);
            }
            meters.admitted(System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refuse(Refusal.WAITED_TOO_LONG, start);
        }
    }

    private ServiceBusy refuse(Refusal why, long start) {
        meters.refused(why, System.nanoTime() - start);
        long seconds = retryAfterSeconds();
        String state = running() + " running and " + waiting() + " waiting";
        String because = why == Refusal.QUEUE_FULL ? state + ", as many as it takes at once"
                : "this request waited " + bounds.maxWait().toSeconds() + " s for its turn (" + state + ")";
        return new ServiceBusy("The service is busy with " + kind.description() + ": " + because + ". Try again in "
                + seconds + " s.", seconds);
    }

    /**
     * When the work ahead should be done: the queue and the running tasks, at the typical run time,
     * spread over the permits. Before any task has finished, the longest wait.
     */
    long retryAfterSeconds() {
        long typical = typicalRunNanos.get();
        double nanos = typical == 0 ? bounds.maxWait().toNanos()
                : (double) typical * (waiting() + running() + 1) / bounds.maxRunning();
        return Math.max(1, Math.min(MAX_RETRY_AFTER_SECONDS, (long) Math.ceil(nanos / 1e9)));
    }

    private void remember(long nanos) {
        typicalRunNanos.updateAndGet(old -> old == 0 ? nanos : (long) (old + RECENT_WEIGHT * (nanos - old)));
    }

    /** How many tasks run at once, how many may wait and for how long. */
    record Bounds(int maxRunning, int queueLength, Duration maxWait) {
        Bounds {
            if (maxRunning < 1 || queueLength < 0 || maxWait.isNegative()) {
                throw new IllegalArgumentException("heavy work bounds must allow one task at a time and no negative queue or wait: "
                        + maxRunning + " running, " + queueLength + " queued, " + maxWait);
            }
        }
    }
}

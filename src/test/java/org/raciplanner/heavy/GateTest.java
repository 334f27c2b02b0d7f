package org.raciplanner.heavy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Concurrently;
import org.raciplanner.api.ServiceBusy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gate over plain tasks: no HTTP, no clock assertions; waits are either endless or zero. */
class GateTest {

    private static final Duration FOREVER = Duration.ofMinutes(5);

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final RecordingMeters meters = new RecordingMeters();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void servesWaitingTasksFirstComeFirstServed() throws Exception {
        Gate gate = gate(1, 3, FOREVER);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = threads.submit(() -> gate.run(() -> Concurrently.holdUntil(release)));
        awaitUntil(gate::running, 1);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> waiters = new ArrayList<>();
        for (String name : List.of("first", "second", "third")) {
            waiters.add(threads.submit(() -> gate.run(() -> order.add(name))));
            awaitUntil(gate::parked, waiters.size()); // in line before the next one comes
        }
        release.countDown();
        holder.get();
        for (Future<?> w : waiters) {
            w.get();
        }
        assertEquals(List.of("first", "second", "third"), order);
        assertEquals(4, meters.admitted);
    }

    @Test
    void refusesAtOnceWhenTheQueueIsFull() throws Exception {
        Gate gate = gate(1, 0, FOREVER);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = threads.submit(() -> gate.run(() -> Concurrently.holdUntil(release)));
        awaitUntil(gate::running, 1);

        ServiceBusy busy = assertThrows(ServiceBusy.class, () -> gate.run(() -> "never runs"));

        assertEquals(503, busy.status().getCode());
        assertTrue(busy.getMessage().startsWith("The service is busy with team workbook exports: 1 running and 0 waiting"),
                busy.getMessage());
        assertTrue(busy.retryAfterSeconds() >= 1, "Retry-After is at least a second");
        assertEquals(List.of(Gate.Refusal.QUEUE_FULL), meters.refusals);
        release.countDown();
        holder.get();
    }

    @Test
    void refusesAWaiterWhoseWaitRunsOut() throws Exception {
        Gate gate = gate(1, 1, Duration.ZERO);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = threads.submit(() -> gate.run(() -> Concurrently.holdUntil(release)));
        awaitUntil(gate::running, 1);

        ServiceBusy busy = assertThrows(ServiceBusy.class, () -> gate.run(() -> "never runs"));

        assertTrue(busy.getMessage().contains("this request waited 0 s for its turn (1 running and 0 waiting)"), busy.getMessage());
        assertEquals(List.of(Gate.Refusal.WAITED_TOO_LONG), meters.refusals);
        assertEquals(0, gate.waiting(), "a refused waiter leaves the queue");
        release.countDown();
        holder.get();
    }

    @Test
    void returnsThePermitWhenTheTaskThrows() {
        Gate gate = gate(1, 0, Duration.ZERO);

        assertThrows(IllegalStateException.class, () -> gate.run(() -> {
            throw new IllegalStateException("the workbook could not be written");
        }));

        assertEquals(0, gate.running());
        assertEquals("ran", gate.run(() -> "ran"), "with no queue at all, only a returned permit lets this run");
    }

    @Test
    void runsTasksUpToTheBoundAtOnce() throws Exception {
        Gate gate = gate(2, 0, FOREVER);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> one = threads.submit(() -> gate.run(() -> Concurrently.holdUntil(release)));
        Future<?> two = threads.submit(() -> gate.run(() -> Concurrently.holdUntil(release)));
        awaitUntil(gate::running, 2);

        assertThrows(ServiceBusy.class, () -> gate.run(() -> "third"));

        release.countDown();
        one.get();
        two.get();
        assertEquals("third", gate.run(() -> "third"));
    }

    @Test
    void refusesBoundsThatAdmitNothing() {
        assertThrows(IllegalArgumentException.class, () -> new Gate.Bounds(0, 1, FOREVER));
        assertThrows(IllegalArgumentException.class, () -> new Gate.Bounds(1, -1, FOREVER));
    }

    private Gate gate(int maxRunning, int queueLength, Duration maxWait) {
        return new Gate(Kind.TEAM_EXPORT, new Gate.Bounds(maxRunning, queueLength, maxWait), meters);
    }

    /** Waits for other threads to reach a state; no time limit is asserted, the test's own timeout applies. */
    private static void awaitUntil(IntSupplier figure, int expected) throws InterruptedException {
        while (figure.getAsInt() != expected) {
            Thread.sleep(1);
        }
    }

    private static final class RecordingMeters implements Gate.Meters {
        volatile int admitted;
        final List<Gate.Refusal> refusals = Collections.synchronizedList(new ArrayList<>());

        @Override
        public synchronized void admitted(long waitedNanos) {
            admitted++;
        }

        @Override
        public void refused(Gate.Refusal why, long waitedNanos) {
            refusals.add(why);
        }
    }
}

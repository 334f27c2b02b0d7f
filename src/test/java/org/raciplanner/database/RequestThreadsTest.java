package org.raciplanner.database;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class RequestThreadsTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final RequestThreads threads = new RequestThreads(pool);

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void movesWorkFromAnyOtherThreadToThePool() throws Exception {
        Thread caller = Thread.currentThread();
        Thread ran = CompletableFuture.supplyAsync(Thread::currentThread, threads).get(5, TimeUnit.SECONDS);
        assertNotEquals(caller, ran);
    }

    @Test
    void keepsWorkThatContinuesARequestOnThePoolOnItsThread() throws Exception {
        // as the token lookup then the route: the second stage is handed to the executor from its own thread
        CountDownLatch continuationRegistered = new CountDownLatch(1);
        CompletableFuture<Thread[]> both = CompletableFuture.supplyAsync(() -> {
                    await(continuationRegistered);
                    return Thread.currentThread();
                }, threads)
                .thenCompose(lookup -> CompletableFuture.supplyAsync(() -> new Thread[] {lookup, Thread.currentThread()}, threads));
        continuationRegistered.countDown();
        Thread[] ran = both.get(5, TimeUnit.SECONDS);
        assertEquals(ran[0], ran[1]);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void leavesTheSharedPoolRunningWhenShutDown() {
        threads.shutdown();
        assertEquals(false, pool.isShutdown());
    }
}

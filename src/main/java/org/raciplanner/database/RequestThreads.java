package org.raciplanner.database;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The executor of every database-backed controller ({@code @ExecuteOn(RequestThreads.NAME)}):
 * Micronaut's blocking executor, except that a request already running on one of its threads stays
 * there. The security filter's token lookup is a query, so it has already moved an authenticated
 * request off the event loop onto this executor; a second hop to another blocking thread bought
 * nothing and cost 17 % of the matrix GET's throughput (README › Performance).
 *
 * <p>Requests that arrive without a token (the page, health) still reach the route on the event
 * loop, and are handed to the pool as {@code TaskExecutors.BLOCKING} would.
 */
@Singleton
@Named(RequestThreads.NAME)
public class RequestThreads extends AbstractExecutorService {

    public static final String NAME = "request-blocking";

    /** True on a pool thread while it runs a task of this executor. */
    private static final ThreadLocal<Boolean> ON_POOL = ThreadLocal.withInitial(() -> false);

    private final ExecutorService pool;

    RequestThreads(@Named(TaskExecutors.BLOCKING) ExecutorService pool) {
        this.pool = pool;
    }

    @Override
    public void execute(Runnable task) {
        if (ON_POOL.get()) {
            task.run();
            return;
        }
        pool.execute(() -> {
            ON_POOL.set(true);
            try {
                task.run();
            } finally {
                ON_POOL.remove();
            }
        });
    }

    /** The pool is Micronaut's, shared and shut down by it: these leave it alone. */
    @Override
    public void shutdown() {
    }

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return pool.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return pool.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return pool.awaitTermination(timeout, unit);
    }
}

package org.raciplanner.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real PostgreSQL 17 started from Maven artifacts, so the service and the tests need no server
 * installed. Started only when no external database is configured.
 */
@Singleton
class EmbeddedPostgresServer {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private static final Duration LEFTOVER_SHUTDOWN = Duration.ofSeconds(30);

    private EmbeddedPostgres postgres;

    synchronized int start(String dataDir) {
        if (postgres != null) {
            return postgres.getPort();
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", "on");
            if (dataDir != null && !dataDir.isBlank()) {
                Path dir = Path.of(dataDir).toAbsolutePath().normalize();
                Files.createDirectories(dir);
                stopLeftoverServer(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
                LOG.info("Embedded PostgreSQL keeps its data in {}", dir);
            } else {
                LOG.info("Embedded PostgreSQL runs on a throw-away data directory");
            }
            postgres = builder.start();
            LOG.info("Embedded PostgreSQL listening on localhost:{}", postgres.getPort());
            return postgres.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /**
     * A JVM killed with SIGKILL leaves its PostgreSQL running on the data directory, which would
     * refuse a second server. Ask it to shut down (SIGTERM: it finishes writing and exits) before
     * starting our own; a stale pid file with no process behind it PostgreSQL handles itself.
     */
    private static void stopLeftoverServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return;
        }
        Optional<ProcessHandle> leftover = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle server = leftover.get();
        LOG.warn("A PostgreSQL left running by an earlier, killed run (pid {}) holds {}; shutting it down", server.pid(), dir);
        server.destroy();
        try {
            server.onExit().get(LEFTOVER_SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warn("It did not stop within {}; killing it (PostgreSQL recovers from its log on start)", LEFTOVER_SHUTDOWN);
            server.destroyForcibly();
            server.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the leftover PostgreSQL", e);
        } catch (ExecutionException e) {
            throw new IOException("Could not stop the leftover PostgreSQL", e);
        }
    }

    @PreDestroy
    synchronized void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
            LOG.info("Embedded PostgreSQL stopped");
        }
    }
}

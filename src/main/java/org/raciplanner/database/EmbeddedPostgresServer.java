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

/**
 * A real PostgreSQL 17 started from Maven artifacts, so the service and the tests need no server
 * installed. Started only when no external database is configured.
 */
@Singleton
class EmbeddedPostgresServer {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

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
                // A server left running by a killed JVM is shut down by zonky on start ("orphaned postmaster").
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

    @PreDestroy
    synchronized void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
            LOG.info("Embedded PostgreSQL stopped");
        }
    }
}

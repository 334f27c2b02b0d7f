package org.raciplanner.database;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * How the service finds its PostgreSQL when no {@code DATASOURCES_DEFAULT_URL} is given.
 *
 * @param dataDir where the embedded server keeps its files; blank means a throw-away directory
 * @param name    the database to use (created when missing)
 * @param isolate give this application context a database of its own, dropped on shutdown (tests)
 */
@ConfigurationProperties("raci.database")
public record DatabaseProperties(@Nullable String dataDir, @Nullable String name, boolean isolate) {

    String databaseName() {
        return name == null || name.isBlank() ? "raci" : name;
    }
}

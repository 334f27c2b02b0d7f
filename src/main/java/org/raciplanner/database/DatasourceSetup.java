package org.raciplanner.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanInitializingEvent;
import io.micronaut.context.event.BeanInitializedEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Fills in the default datasource before its pool is built: with no URL configured it points it at
 * the embedded server; in every case it creates the database when it is missing and the user may.
 * Flyway then migrates the database when the pool is created.
 */
@Singleton
class DatasourceSetup implements BeanInitializedEventListener<DatasourceConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(DatasourceSetup.class);

    private final DatabaseProperties properties;
    private final EmbeddedPostgresServer embedded;
    private JdbcUrl isolated;
    private String user;
    private String password;

    DatasourceSetup(DatabaseProperties properties, EmbeddedPostgresServer embedded) {
        this.properties = properties;
        this.embedded = embedded;
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        if (!"default".equals(config.getName())) {
            return config;
        }
        String configured = config.getConfiguredUrl();
        JdbcUrl url;
        if (configured == null || configured.isBlank()) {
            int port = embedded.start(properties.dataDir());
            url = JdbcUrl.parse("jdbc:postgresql://localhost:" + port + "/" + properties.databaseName());
            config.setUsername("postgres");
            config.setPassword("");
        } else {
            url = JdbcUrl.parse(configured);
        }
        if (properties.isolate()) {
            url = url.withDatabase(url.database() + "_t" + UUID.randomUUID().toString().substring(0, 8));
            isolated = url;
        }
        user = config.getUsername();
        password = config.getPassword();
        createDatabaseIfMissing(url);
        config.setUrl(url.toString());
        LOG.info("Using database {}", url);
        return config;
    }

    private void createDatabaseIfMissing(JdbcUrl url) {
        String name = url.database();
        if (!name.matches("[A-Za-z0-9_]+")) {
            return; // not a name we could quote safely; let the connection say what is wrong
        }
        try (Connection c = DriverManager.getConnection(url.withDatabase("postgres").toString(), user, password);
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("create database \"" + name + "\" encoding 'UTF8'");
                LOG.info("Created database {}", name);
            }
        } catch (SQLException e) {
            // No maintenance database or no CREATEDB right: the pool will report the real problem if any.
            LOG.warn("Could not check or create database {}: {}", name, e.getMessage().toLowerCase(Locale.ROOT));
        }
    }

    @PreDestroy
    void dropIsolatedDatabase() {
        if (isolated == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(isolated.withDatabase("postgres").toString(), user, password);
             Statement drop = c.createStatement()) {
            drop.execute("drop database if exists \"" + isolated.database() + "\" with (force)");
        } catch (SQLException e) {
            LOG.warn("Could not drop test database {}: {}", isolated.database(), e.getMessage());
        }
    }
}

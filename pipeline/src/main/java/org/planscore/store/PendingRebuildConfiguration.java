package org.planscore.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Before the schema is migrated, a database re-creation that a killed process left unfinished is completed
 * ({@link DatabaseRebuild#finishPending()}): Flyway would otherwise find some tables and not others.
 */
@Configuration(proxyBeanMethods = false)
class PendingRebuildConfiguration {

    @Bean
    FlywayMigrationStrategy migrateAfterPendingRebuild(DatabaseRebuild rebuild) {
        return flyway -> {
            try {
                rebuild.finishPending();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot finish re-creating the database", e);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot finish re-creating the database: " + e.getMessage(), e);
            }
            flyway.migrate();
        };
    }
}

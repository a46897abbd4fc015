package org.coopole.database;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Flyway migrates as the owner role, through the start-up-only connections of {@link OwnerDatabase}. */
@Configuration(proxyBeanMethods = false)
class MigrationsAsOwner {

    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(OwnerDatabase owner) {
        return configuration -> owner.dataSource().ifPresent(configuration::dataSource);
    }
}

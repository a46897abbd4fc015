package org.coopole.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import javax.sql.DataSource;

/**
 * With an external PostgreSQL, the application connects as {@code SPRING_DATASOURCE_USERNAME} and the migrations
 * and demo data as {@code SPRING_FLYWAY_USER}, the owner, at start-up only.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseConfiguration.DatasourceUrl.class)
class ExternalDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(@Value("${spring.datasource.url}") String url,
                                @Value("${spring.datasource.username:}") String user,
                                @Value("${spring.datasource.password:}") String password) {
        return DatabasePools.application(url, user, password);
    }

    /** The owner's connections, when given ({@code SPRING_FLYWAY_USER}), at start-up only. */
    @Bean
    OwnerDatabase ownerDatabase(@Value("${spring.datasource.url}") String url,
                                @Value("${spring.flyway.user:}") String user,
                                @Value("${spring.flyway.password:}") String password) {
        return new OwnerDatabase(org.springframework.util.StringUtils.hasText(user)
                ? new StartupOnlyDataSource(url, user, password) : null);
    }

    @Bean
    DatabaseAvailability databaseAvailability(DataSource dataSource, ApplicationEventPublisher events) {
        return new DatabaseAvailability(dataSource, events);
    }

    static final class DatasourceUrl extends EmbeddedPostgresConfiguration.NoDatasourceUrl {
        @Override
        public boolean matches(org.springframework.context.annotation.ConditionContext context,
                               org.springframework.core.type.AnnotatedTypeMetadata metadata) {
            return !super.matches(context, metadata);
        }
    }
}

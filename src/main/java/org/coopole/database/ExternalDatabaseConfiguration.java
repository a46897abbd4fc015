package org.coopole.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * With an external PostgreSQL, Spring Boot connects the application as {@code SPRING_DATASOURCE_USERNAME} and
 * Flyway as {@code SPRING_FLYWAY_USER}, the owner; the owner's connection is kept for the demo data.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseConfiguration.DatasourceUrl.class)
class ExternalDatabaseConfiguration {

    @Bean(destroyMethod = "")
    OwnerDatabase ownerDatabase(@Value("${spring.datasource.url}") String url,
                                @Value("${spring.flyway.user:}") String user,
                                @Value("${spring.flyway.password:}") String password) {
        if (!StringUtils.hasText(user)) {
            return new OwnerDatabase(null);
        }
        HikariDataSource owner = new HikariDataSource();
        owner.setPoolName("coopole-owner");
        owner.setJdbcUrl(url);
        owner.setUsername(user);
        owner.setPassword(password);
        owner.setMaximumPoolSize(2);
        owner.setMinimumIdle(0);
        return new OwnerDatabase(owner);
    }

    static final class DatasourceUrl extends EmbeddedPostgresConfiguration.NoDatasourceUrl {
        @Override
        public boolean matches(org.springframework.context.annotation.ConditionContext context,
                               org.springframework.core.type.AnnotatedTypeMetadata metadata) {
            return !super.matches(context, metadata);
        }
    }
}

package org.coopole.security.internal;

import org.coopole.security.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/**
 * Transactions wrap method security ({@code order = HIGHEST_PRECEDENCE}; Spring Security's {@code @PreAuthorize}
 * runs at about {@code HIGHEST_PRECEDENCE + 300}): the {@code PoleAccess} check then runs inside the service's
 * transaction, instead of opening one of its own — one {@code enter_context} a call, not two (found by the benchmark).
 */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement(order = Ordered.HIGHEST_PRECEDENCE)
class TransactionConfiguration {

    /** Replaces Spring Boot's transaction manager: every transaction runs in the signed-in person's pole. */
    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource, CurrentUser currentUser) {
        return new PoleScopedTransactionManager(dataSource, currentUser);
    }
}

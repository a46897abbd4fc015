package org.coopole.security.internal;

import org.coopole.security.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

    /** Replaces Spring Boot's transaction manager: every transaction runs in the signed-in person's pole. */
    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource, CurrentUser currentUser) {
        return new PoleScopedTransactionManager(dataSource, currentUser);
    }
}

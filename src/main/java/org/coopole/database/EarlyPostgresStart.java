package org.coopole.database;

import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.util.StringUtils;

import java.util.concurrent.CompletableFuture;

/**
 * Starts the embedded PostgreSQL as soon as the application context exists, on a thread of its own, so that it is
 * ready when the data source is wanted instead of starting only then: it runs while Spring reads and builds the
 * beans (about a second of the start-up). Registered in {@code META-INF/spring.factories}; does nothing when an
 * external database is configured.
 */
public class EarlyPostgresStart implements ApplicationListener<ApplicationContextInitializedEvent> {

    static final String BEAN = "earlyPostgresStart";

    /** The server being started, for {@link EmbeddedPostgresConfiguration#postgresServer}. */
    record Starting(EmbeddedDatabaseProperties properties, CompletableFuture<PostgresServer> server) {
    }

    @Override
    public void onApplicationEvent(ApplicationContextInitializedEvent event) {
        var context = event.getApplicationContext();
        var environment = context.getEnvironment();
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("coopole.embedded-database.early-start", Boolean.class, true)) {
            return;
        }
        EmbeddedDatabaseProperties properties = Binder.get(environment)
                .bind("coopole.embedded-database", EmbeddedDatabaseProperties.class).orElse(null);
        if (properties == null) {
            return;
        }
        CompletableFuture<PostgresServer> server = new CompletableFuture<>();
        Thread.ofPlatform().name("embedded-postgres-start").daemon().start(() -> {
            try {
                server.complete(EmbeddedPostgresConfiguration.server(properties).start());
            } catch (Throwable e) {
                server.completeExceptionally(e);
            }
        });
        context.getBeanFactory().registerSingleton(BEAN, new Starting(properties, server));
    }
}

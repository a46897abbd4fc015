package org.coopole.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The training run that makes the JDK's AOT cache ({@code ops/aot-cache.sh}, with {@code coopole.aot-training=true}):
 * once Coopole has started, it asks for its own sign-in page, so that what the first visitor needs is loaded too,
 * then stops as a normal shutdown does — the embedded PostgreSQL with it, which Spring's
 * {@code spring.context.exit=onRefresh} would leave running (decision 0023).
 */
@Component
@ConditionalOnBooleanProperty("coopole.aot-training")
class AotTraining {

    private static final Logger log = LoggerFactory.getLogger(AotTraining.class);

    @EventListener
    void started(ApplicationReadyEvent ready) {
        var context = ready.getApplicationContext();
        String port = context.getEnvironment().getProperty("local.server.port", "8080");
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            for (String path : new String[] {"/login", "/login"}) {
                int status = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                log.info("AOT training: GET {} answered {}", path, status);
            }
        } catch (java.io.IOException e) {
            log.warn("AOT training: the sign-in page did not answer ({}); the cache covers the start-up only", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Thread stop = new Thread(() -> System.exit(SpringApplication.exit(context)), "aot-training-stop");
        stop.start();
    }
}

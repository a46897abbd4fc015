package org.coopole.database;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Readiness follows the database: once Coopole has started, a probe asks the pool for a connection every two seconds
 * and readiness turns DOWN ({@code REFUSING_TRAFFIC}) when none comes, UP again when one does — so a load balancer
 * stops sending people to a node whose database is away. The embedded server also says at once when its process dies
 * or runs again; the pool then drops the connections it held to the dead server.
 */
class DatabaseAvailability implements PostgresServer.Listener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);
    private static final long PROBE_SECONDS = 2;

    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private final AtomicBoolean up = new AtomicBoolean(true);
    private final AtomicBoolean started = new AtomicBoolean();
    private ScheduledExecutorService probe;

    DatabaseAvailability(DataSource dataSource, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startProbing() {
        if (started.compareAndSet(false, true)) {
            probe = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                    .name("coopole-database-probe").factory());
            probe.scheduleWithFixedDelay(this::check, PROBE_SECONDS, PROBE_SECONDS, TimeUnit.SECONDS);
        }
    }

    void check() {
        boolean reachable;
        try (Connection connection = dataSource.getConnection()) {
            reachable = connection.isValid(2);
        } catch (Exception e) {
            reachable = false;
        }
        changed(reachable);
    }

    @Override
    public void serverDown() {
        changed(false);
    }

    @Override
    public void serverUp() {
        if (dataSource instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
        changed(true);
    }

    private void changed(boolean reachable) {
        if (up.getAndSet(reachable) == reachable || !started.get()) {
            return;
        }
        if (reachable) {
            log.info("The database answers again: ready for traffic");
        } else {
            log.error("The database does not answer: readiness is DOWN until it does");
        }
        AvailabilityChangeEvent.publish(events, this,
                reachable ? ReadinessState.ACCEPTING_TRAFFIC : ReadinessState.REFUSING_TRAFFIC);
    }

    @Override
    public void close() {
        if (probe != null) {
            probe.shutdownNow();
        }
    }
}

package org.coopole.live;

import com.zaxxer.hikari.HikariDataSource;
import org.coopole.live.internal.Listening;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * This node's one connection that {@code LISTEN}s for the signals every node sends, and hands them to
 * {@link LiveUpdates}. When the connection breaks (the database restarted, the network cut), it connects again
 * with a growing pause, and then tells every screen to read again: the database is the source of truth, and what
 * was signalled while this node was away is read, not replayed.
 */
@Component
class PostgresListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresListener.class);

    private final HikariDataSource pool;
    private final LiveUpdates updates;
    private final Duration maxPause;
    private volatile boolean running;
    private volatile boolean connected;
    private Thread thread;

    PostgresListener(HikariDataSource pool, LiveUpdates updates,
                     @Value("${coopole.live.max-reconnect-pause:PT10S}") Duration maxPause) {
        this.pool = pool;
        this.updates = updates;
        this.maxPause = maxPause;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("coopole-live-listener").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether the listening connection is up now. */
    boolean connected() {
        return connected;
    }

    private void listen() {
        Duration pause = Duration.ofMillis(250);
        boolean first = true;
        while (running) {
            try (Connection connection = connect()) {
                Listening.listen(connection);
                connected = true;
                pause = Duration.ofMillis(250);
                if (!first) {
                    log.info("Live updates: listening again; every open screen reads again what it shows");
                    updates.everythingMayHaveChanged();
                }
                first = false;
                PGConnection listening = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = listening.getNotifications(5_000);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            Signal signal = Signal.parse(notification.getParameter());
                            if (signal != null) {
                                updates.dispatch(signal);
                            }
                        }
                    }
                    if (received == null || received.length == 0) {
                        // a quiet connection is checked, so that a dead one is noticed
                        if (!connection.isValid(3)) {
                            throw new SQLException("the listening connection does not answer");
                        }
                    }
                }
            } catch (SQLException | RuntimeException broken) {
                if (!running) {
                    break;
                }
                if (connected || first) {
                    log.warn("Live updates: the listening connection is lost ({}); connecting again",
                            broken.getMessage());
                }
                first = false;
            }
            connected = false;
            try {
                Thread.sleep(pause);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                break;
            }
            pause = pause.multipliedBy(2).compareTo(maxPause) > 0 ? maxPause : pause.multipliedBy(2);
        }
        connected = false;
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", pool.getUsername());
        properties.setProperty("password", pool.getPassword());
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("ApplicationName", "coopole-live");
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }
}

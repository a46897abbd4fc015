package org.coopole.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A Coopole killed without a chance to shut down (SIGKILL) leaves its PostgreSQL server running, holding the
 * data directory. At the next start, that orphaned server (its parent process gone) is stopped cleanly;
 * a server that still has a live parent belongs to another running Coopole and is left alone.
 */
final class StalePostgres {

    private static final Logger log = LoggerFactory.getLogger(StalePostgres.class);

    private StalePostgres() {
    }

    static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> server = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (server.isEmpty()) {
            return; // PostgreSQL itself ignores a stale pid file
        }
        boolean orphaned = server.get().parent().map(p -> p.pid() == 1 || !p.isAlive()).orElse(true);
        String command = server.get().info().command().orElse("");
        if (!orphaned || !command.contains("postgres")) {
            return;
        }
        log.warn("Stopping PostgreSQL server {} left running on {} by a Coopole that did not shut down", pid,
                dataDirectory);
        server.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown
        try {
            server.get().onExit().get(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            server.get().destroyForcibly();
        }
    }
}

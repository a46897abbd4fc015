package org.coopole.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL server Coopole runs itself when no external database is configured, on a data directory kept
 * across restarts ({@code COOPOLE_DATA_DIR}):
 * <ul>
 * <li>every connection authenticates with {@code scram-sha-256}, over loopback TCP only: no trust line, no Unix
 *     socket; the superuser, owner and application roles get random passwords on first start (existing data
 *     directories are upgraded on start), kept in {@link DatabaseSecrets};</li>
 * <li>the server is Coopole's own child process: when it dies, Coopole starts it again on the same directory and
 *     port, and tells its {@link Listener}s (readiness, the connection pool);</li>
 * <li>a lock held for the JVM's life refuses a second Coopole on the same directory, which then leaves the running
 *     one alone; a server orphaned by a Coopole killed with SIGKILL is stopped before a new one starts.</li>
 * </ul>
 */
final class PostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);

    static final String DATABASE = "postgres";
    static final String OWNER_ROLE = "coopole_owner";
    static final String APP_ROLE = "coopole_app";
    static final String LOCK_FILE = "coopole.lock";
    static final String PGDATA = "postgres";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final String ROLES_SCRIPT = "/db/embedded/create-roles.sql";

    /** What the pool and the readiness probe hear of the server. */
    interface Listener {
        void serverDown();

        void serverUp();
    }

    private final Path directory;
    private final boolean temporary;
    private final Path binariesParent;
    private final Path pgdata;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile int port;
    private volatile Process process;
    private volatile boolean closing;
    private DatabaseSecrets secrets;
    private Path binaries;
    private FileChannel lockChannel;
    private FileLock lock;
    private Thread restarter;

    /**
     * @param directory      Coopole's data directory (the server's data goes to its {@code postgres} folder)
     * @param temporary      whether to delete the directory when the server stops (tests)
     * @param port           the loopback port, or 0 for a free one (kept across restarts of the server)
     * @param binariesParent where the PostgreSQL programs are unpacked
     */
    PostgresServer(Path directory, boolean temporary, int port, Path binariesParent) {
        this.directory = directory.toAbsolutePath();
        this.temporary = temporary;
        this.port = port;
        this.binariesParent = binariesParent.toAbsolutePath();
        this.pgdata = this.directory.resolve(PGDATA);
    }

    int port() {
        return port;
    }

    Path directory() {
        return directory;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    DatabaseSecrets secrets() {
        return secrets;
    }

    void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Whether the server process is running now. */
    boolean isRunning() {
        Process running = process;
        return running != null && running.isAlive();
    }

    /** The server's process id, while it runs. */
    Optional<Long> pid() {
        Process running = process;
        return running != null && running.isAlive() ? Optional.of(running.pid()) : Optional.empty();
    }

    synchronized PostgresServer start() {
        long started = System.nanoTime();
        try {
            Files.createDirectories(directory);
            if (DatabaseSecrets.isPosix()) {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            }
            lockDirectory();
            secrets = DatabaseSecrets.loadOrCreate(directory);
            binaries = PostgresBinaries.unpack(binariesParent);
            if (!Files.exists(pgdata.resolve("PG_VERSION"))) {
                initdb();
            } else {
                stopOrphanedServer();
                secureExistingDirectory();
            }
            writeServerConfiguration();
            if (port == 0) {
                port = freePort();
            }
            launch();
            provisionRoles();
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + pgdata, e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        log.info("Embedded PostgreSQL ready on 127.0.0.1:{} in {} ms, data in {}{}", port,
                (System.nanoTime() - started) / 1_000_000, pgdata, temporary ? " (temporary)" : "");
        return this;
    }

    // ---- the directory lock: one Coopole per data directory --------------------------------------------------

    private void lockDirectory() throws IOException {
        Path file = directory.resolve(LOCK_FILE);
        lockChannel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            lock = null;
        }
        if (lock == null) {
            String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
            lockChannel.close();
            lockChannel = null;
            throw new DataDirectoryInUse(directory, holder);
        }
        lockChannel.truncate(0);
        lockChannel.write(StandardCharsets.UTF_8.encode(Long.toString(ProcessHandle.current().pid())));
        lockChannel.force(true);
    }

    /** A second Coopole was started on a data directory that a running Coopole uses. */
    static final class DataDirectoryInUse extends IllegalStateException {
        DataDirectoryInUse(Path directory, String holder) {
            super("Another Coopole" + (holder.isEmpty() ? "" : " (process " + holder + ")")
                    + " is running on the data directory " + directory + ". Stop it first, or give this one "
                    + "another COOPOLE_DATA_DIR. The running Coopole and its database were left alone.");
        }
    }

    // ---- first start and upgrade ----------------------------------------------------------------------------

    private void initdb() throws IOException {
        Files.createDirectories(pgdata);
        Path passwordFile = directory.resolve("initdb-password");
        DatabaseSecrets.writeOwnerOnly(passwordFile, secrets.superuser() + "\n");
        try {
            run(List.of("initdb", "-D", pgdata.toString(), "-U", DatabaseSecrets.SUPERUSER,
                    "--auth=scram-sha-256", "--pwfile=" + passwordFile, "-E", "UTF-8", "--locale=C"), null);
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    /**
     * A data directory made before Coopole secured its database (or restored from elsewhere) trusted local
     * connections and had guessable passwords: the roles get the passwords of {@link DatabaseSecrets} in
     * single-user mode (no connection possible meanwhile), then only {@code scram-sha-256} is accepted.
     */
    private void secureExistingDirectory() throws IOException {
        Path hba = pgdata.resolve("pg_hba.conf");
        if (Files.exists(hba) && Files.readString(hba).equals(hbaConfiguration())) {
            return;
        }
        log.warn("Securing the embedded PostgreSQL in {}: new random passwords, scram-sha-256 only", pgdata);
        String script = String.join("\n",
                "ALTER ROLE " + DatabaseSecrets.SUPERUSER + " PASSWORD '" + ScramVerifier.of(secrets.superuser()) + "'",
                alterIfExists(OWNER_ROLE, secrets.owner(), ""),
                alterIfExists(APP_ROLE, secrets.application(), ""), "");
        run(List.of("postgres", "--single", "-D", pgdata.toString(), "-c", "listen_addresses=",
                "-c", "unix_socket_directories=", DATABASE), script);
    }

    private static String alterIfExists(String role, String password, String options) {
        return "DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN ALTER ROLE "
                + role + " LOGIN PASSWORD '" + ScramVerifier.of(password) + "'" + options + "; END IF; END $$";
    }

    private void writeServerConfiguration() throws IOException {
        Path hba = pgdata.resolve("pg_hba.conf");
        if (!Files.exists(hba) || !Files.readString(hba).equals(hbaConfiguration())) {
            DatabaseSecrets.writeOwnerOnly(hba, hbaConfiguration());
        }
    }

    /** Loopback TCP with a password checked by scram-sha-256; nothing else (there is no Unix socket). */
    static String hbaConfiguration() {
        return """
                # Written by Coopole at each start: password authentication (scram-sha-256) over loopback only.
                # TYPE  DATABASE  USER  ADDRESS        METHOD
                host    all       all   127.0.0.1/32   scram-sha-256
                host    all       all   ::1/128        scram-sha-256
                """;
    }

    /**
     * A server left running by a Coopole that was killed (SIGKILL) on this directory. Since this Coopole holds the
     * directory's lock, no other Coopole runs on it: the server is orphaned, and is stopped before a new one starts.
     */
    private void stopOrphanedServer() throws IOException {
        Path pidFile = pgdata.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().strip());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> server = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (server.isEmpty()) {
            return; // PostgreSQL itself ignores a stale pid file
        }
        log.warn("Stopping PostgreSQL server {} left running on {} by a Coopole that did not shut down", pid, pgdata);
        server.get().destroy(); // SIGTERM: its clients died with the old Coopole, so it stops at once
        try {
            server.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            server.get().destroyForcibly();
        }
    }

    // ---- running ----------------------------------------------------------------------------------------------

    private void launch() throws IOException {
        List<String> command = new ArrayList<>(prefix());
        command.addAll(List.of(binaries.resolve("bin/postgres").toString(), "-D", pgdata.toString(),
                "-c", "listen_addresses=127.0.0.1", "-c", "port=" + port, "-c", "unix_socket_directories=",
                "-c", "password_encryption=scram-sha-256", "-c", "timezone=UTC", "-c", "max_connections=100",
                "-c", "log_timezone=UTC"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("postgres.log").toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
        Process started = builder.start();
        awaitReady(started);
        process = started; // only once it accepts connections: pid() and isRunning() mean "serving"
        started.onExit().thenAccept(this::exited);
    }

    private void awaitReady(Process started) throws IOException {
        long deadline = System.nanoTime() + STARTUP_WAIT.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!started.isAlive()) {
                throw new IOException("PostgreSQL stopped while starting (exit " + started.exitValue() + "): "
                        + logTail());
            }
            try (Connection connection = connect(DatabaseSecrets.SUPERUSER, secrets.superuser())) {
                connection.isValid(2);
                return;
            } catch (SQLException e) {
                last = e;
            }
            sleep(100);
        }
        started.destroyForcibly();
        throw new IOException("PostgreSQL did not accept connections within " + STARTUP_WAIT.toSeconds() + " s: "
                + (last == null ? "" : last.getMessage()) + " " + logTail());
    }

    /** The owner and the application's role, with their passwords; then the superuser's connection is closed. */
    private void provisionRoles() {
        try (Connection connection = connect(DatabaseSecrets.SUPERUSER, secrets.superuser());
             Statement statement = connection.createStatement()) {
            try (var script = PostgresServer.class.getResourceAsStream(ROLES_SCRIPT)) {
                statement.execute(new String(script.readAllBytes(), StandardCharsets.UTF_8));
            }
            statement.execute(alterIfExists(OWNER_ROLE, secrets.owner(), " NOSUPERUSER NOCREATEROLE NOCREATEDB"));
            statement.execute(alterIfExists(APP_ROLE, secrets.application(),
                    " NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE"));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not create the database roles of the embedded PostgreSQL", e);
        }
    }

    Connection connect(String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "2");
        return DriverManager.getConnection(jdbcUrl(), properties);
    }

    /** The server died under a running Coopole: tell the listeners, then start it again until it runs. */
    private void exited(Process dead) {
        if (closing || dead != process) {
            return;
        }
        log.error("The embedded PostgreSQL stopped unexpectedly (exit {}); starting it again on {}", dead.exitValue(),
                pgdata);
        listeners.forEach(Listener::serverDown);
        synchronized (this) {
            if (restarter != null && restarter.isAlive()) {
                return;
            }
            restarter = Thread.ofPlatform().daemon().name("coopole-postgres-restart").start(this::restartUntilUp);
        }
    }

    private void restartUntilUp() {
        long started = System.nanoTime();
        long pause = 200;
        for (int attempt = 1; !closing; attempt++) {
            try {
                synchronized (this) {
                    if (closing) {
                        return;
                    }
                    stopOrphanedServer();
                    launch();
                }
                log.info("Embedded PostgreSQL running again after {} ms ({} attempt(s))",
                        (System.nanoTime() - started) / 1_000_000, attempt);
                listeners.forEach(Listener::serverUp);
                return;
            } catch (IOException | RuntimeException e) {
                log.warn("The embedded PostgreSQL could not start again yet (attempt {}): {}", attempt, e.getMessage());
            }
            sleep(pause);
            pause = Math.min(pause * 2, 5_000);
        }
    }

    @Override
    public synchronized void close() {
        closing = true;
        Process running = process;
        if (running != null && running.isAlive()) {
            try {
                run(List.of("pg_ctl", "-D", pgdata.toString(), "stop", "-m", "fast", "-t", "30", "-w"), null);
            } catch (RuntimeException | IOException e) {
                log.warn("pg_ctl could not stop the embedded PostgreSQL ({}); stopping it with a signal",
                        e.getMessage());
            }
            if (running.isAlive()) {
                running.destroy();
                try {
                    running.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.destroyForcibly();
            }
        }
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            log.warn("Could not release {}", directory.resolve(LOCK_FILE), e);
        }
        lock = null;
        lockChannel = null;
        if (temporary) {
            deleteQuietly(directory);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /**
     * PostgreSQL refuses to run as root: as root (a CI container), the programs run in a user namespace of their
     * own ({@code unshare -U}), where they are nobody.
     */
    private static List<String> prefix() {
        return isRoot() ? List.of("unshare", "-U") : List.of();
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Runs one of the PostgreSQL programs to its end, feeding it {@code input}; fails with its output. */
    private void run(List<String> arguments, String input) throws IOException {
        List<String> command = new ArrayList<>(prefix());
        command.add(binaries.resolve("bin").resolve(arguments.getFirst()).toString());
        command.addAll(arguments.subList(1, arguments.size()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
        Process running = builder.start();
        try (OutputStream stdin = running.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!running.waitFor(120, TimeUnit.SECONDS) || running.exitValue() != 0) {
                running.destroyForcibly();
                throw new IOException(arguments.getFirst() + " failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(arguments.getFirst() + " interrupted", e);
        }
        if (input != null && output.contains("ERROR:")) {
            throw new IOException(arguments.getFirst() + " reported an error: " + output.strip());
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(directory.resolve("postgres.log"));
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            log.warn("Could not delete the temporary database directory {}", directory);
        }
    }
}

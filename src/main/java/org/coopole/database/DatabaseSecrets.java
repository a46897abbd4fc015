package org.coopole.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/**
 * The passwords of the embedded PostgreSQL's three roles, generated on first start and kept in the data directory,
 * readable by Coopole's own OS user only: {@code database-secrets.properties}, and the superuser's also as a
 * standard {@code pgpass} file for an administrator's {@code psql}. They are never logged, never shown and never put
 * in Spring's environment.
 */
final class DatabaseSecrets {

    static final String FILE = "database-secrets.properties";
    static final String PGPASS = "pgpass";
    static final String SUPERUSER = "postgres";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final String superuser;
    private final String owner;
    private final String application;

    private DatabaseSecrets(String superuser, String owner, String application) {
        this.superuser = superuser;
        this.owner = owner;
        this.application = application;
    }

    String superuser() {
        return superuser;
    }

    String owner() {
        return owner;
    }

    String application() {
        return application;
    }

    /** Reads the secrets of this data directory, generating and writing them first if there are none. */
    static DatabaseSecrets loadOrCreate(Path directory) {
        Path file = directory.resolve(FILE);
        try {
            DatabaseSecrets secrets;
            if (Files.exists(file)) {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                secrets = new DatabaseSecrets(required(properties, "superuser.password", file),
                        required(properties, "owner.password", file), required(properties, "app.password", file));
            } else {
                secrets = new DatabaseSecrets(newPassword(), newPassword(), newPassword());
                writeOwnerOnly(file, """
                        # The passwords of Coopole's embedded PostgreSQL, generated on its first start.
                        # Readable by this user only. The superuser's is also in the pgpass file beside this one.
                        superuser.password=%s
                        owner.password=%s
                        app.password=%s
                        """.formatted(secrets.superuser, secrets.owner, secrets.application));
            }
            restrict(file);
            writeOwnerOnly(directory.resolve(PGPASS), """
                    127.0.0.1:*:*:%1$s:%2$s
                    localhost:*:*:%1$s:%2$s
                    """.formatted(SUPERUSER, secrets.superuser));
            return secrets;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the database secrets in " + directory, e);
        }
    }

    /** 256 random bits, URL-safe: nothing in them needs quoting in SQL, a pgpass line or a properties file. */
    static String newPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Writes a file that only this OS user may read, created with those permissions (never readable in between). */
    static void writeOwnerOnly(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        if (isPosix()) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        restrict(file);
    }

    static void restrict(Path file) throws IOException {
        if (isPosix()) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static String required(Properties properties, String key, Path file) {
        String value = properties.getProperty(key);
        if (value == null || !value.matches("[A-Za-z0-9_-]{32,}")) {
            throw new IllegalStateException(file + " lacks a valid " + key
                    + ": restore it from a backup, or remove the embedded database's directory to start afresh");
        }
        return value;
    }

    @Override
    public String toString() {
        return "DatabaseSecrets[hidden]";
    }
}

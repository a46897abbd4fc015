package org.coopole.database;

import java.nio.file.Path;

/** Run in a process of its own by {@link EmbeddedPostgresTest}: a second Coopole's database start on a directory. */
public final class SecondInstance {

    private SecondInstance() {
    }

    public static void main(String[] args) {
        try (PostgresServer server = EmbeddedPostgresTest.server(Path.of(args[0])).start()) {
            System.out.println("started");
            System.exit(0);
        } catch (PostgresServer.DataDirectoryInUse refused) {
            System.out.println(refused.getMessage());
            System.exit(3);
        }
    }
}

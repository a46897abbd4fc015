package org.coopole.demo;

import org.coopole.database.OwnerDatabase;
import org.coopole.demo.internal.DemoDataWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;

/**
 * Fills an empty database with the demo poles at start-up when {@code coopole.demo.enabled} is true (the run
 * command's {@code demo} profile sets it), before the web server opens: the sign-in page never answers before the
 * demo accounts exist. It never touches a database that already holds a pole or a person.
 */
@Component
@ConditionalOnBooleanProperty("coopole.demo.enabled")
public class DemoDataLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final OwnerDatabase owner;
    private final PasswordEncoder passwords;

    DemoDataLoader(OwnerDatabase owner, PasswordEncoder passwords) {
        this.owner = owner;
        this.passwords = passwords;
    }

    @Override
    public void afterSingletonsInstantiated() {
        load(owner.dataSource().orElseThrow(() -> new IllegalStateException(
                "The demo data needs the owner role's credentials (SPRING_FLYWAY_USER and SPRING_FLYWAY_PASSWORD)")));
    }

    /** Loads the demo data through the owner's connections if the database is empty; tells whether it did. */
    public boolean load(DataSource ownerConnections) {
        DemoDataWriter writer = new DemoDataWriter(ownerConnections, passwords);
        if (!writer.isDatabaseEmpty()) {
            log.info("Demo data not loaded: the database already holds data");
            return false;
        }
        long started = System.nanoTime();
        DemoDataWriter.Counts counts = writer.write();
        log.info("Demo data loaded in {} ms: {} poles, {} organisations, {} people (password: {})",
                (System.nanoTime() - started) / 1_000_000, counts.poles(), counts.organisations(), counts.people(),
                DemoData.PASSWORD);
        return true;
    }
}

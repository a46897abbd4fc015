package org.coopole.demo;

import org.coopole.demo.internal.DemoDataWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the demo poles at start-up when {@code coopole.demo.enabled} is true (the run
 * command's {@code demo} profile sets it). It never touches a database that already holds a pole or a person.
 */
@Component
@ConditionalOnBooleanProperty("coopole.demo.enabled")
public class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDataWriter writer;

    DemoDataLoader(DemoDataWriter writer) {
        this.writer = writer;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads the demo data if the database is empty; tells whether it did. */
    public boolean load() {
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

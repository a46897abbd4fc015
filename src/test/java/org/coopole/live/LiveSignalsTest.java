package org.coopole.live;

import org.coopole.CoopoleTest;
import org.coopole.common.PoleId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Signals leave with their transaction's commit, gathered in one statement, and never after a rollback. */
@CoopoleTest
class LiveSignalsTest {

    @Autowired
    LiveSignals live;
    @Autowired
    LiveUpdates updates;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aTransactionsSignalsAreHeardOnceItCommitsAndNeverWhenItRollsBack() throws Exception {
        PoleId pole = new PoleId(UUID.randomUUID());
        UUID calendar = UUID.randomUUID();
        UUID bell = UUID.randomUUID();
        List<Signal> heard = new CopyOnWriteArrayList<>();
        var onCalendar = updates.subscribe(Topic.BOOKINGS, pole, calendar, heard::add);
        var onBell = updates.subscribe(Topic.INBOX, pole, bell, heard::add);
        try {
            // rolled back: nothing leaves
            transaction.executeWithoutResult(status -> {
                live.changed(Topic.BOOKINGS, pole, calendar);
                live.changed(Topic.INBOX, pole, List.of(bell, bell));
                status.setRollbackOnly();
            });
            // committed: both, the bell once although named twice
            transaction.executeWithoutResult(status -> {
                live.changed(Topic.BOOKINGS, pole, calendar);
                live.changed(Topic.INBOX, pole, List.of(bell, bell));
                live.changed(Topic.BOOKINGS, pole, calendar);
            });
            waitFor(() -> heard.size() >= 2);
            Thread.sleep(300); // anything else would arrive with them
            assertThat(heard).extracting(Signal::topic).containsExactlyInAnyOrder(Topic.BOOKINGS, Topic.INBOX);
        } finally {
            onCalendar.remove();
            onBell.remove();
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
    }
}

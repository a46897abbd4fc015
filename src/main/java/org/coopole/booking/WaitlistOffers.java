package org.coopole.booking;

import org.coopole.booking.internal.WaitlistRepository;
import org.coopole.notification.Deliveries;
import org.coopole.notification.WrittenNotification;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Ends the holds of slots offered from waitlists once their time has passed and offers the slots to the next in line,
 * telling both: a scheduled job, acting for nobody; each offer lapses once, whichever node asks first.
 */
@Component
public class WaitlistOffers {

    private final WaitlistRepository waitlist;
    private final Deliveries deliveries;
    private final Clock clock;

    WaitlistOffers(WaitlistRepository waitlist, Deliveries deliveries, Clock clock) {
        this.waitlist = waitlist;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Lapses the offers due; returns how many notifications were written. */
    @Scheduled(fixedDelayString = "${coopole.waitlist.check-every:PT1M}",
            initialDelayString = "${coopole.waitlist.first-check:PT1M}")
    @Transactional
    public int lapse() {
        List<WrittenNotification> written = waitlist.lapse(clock.instant());
        deliveries.deliver(written);
        return written.size();
    }
}

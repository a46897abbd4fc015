package org.coopole.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Sends again the emails that have not left: their delivery failed (an SMTP server down) or never ran (a node
 * stopped first). Every {@code coopole.events.retry-every}, those asked for longer ago than that, so that one still
 * being sent is left alone. (At start-up, Spring Modulith resubmits every outstanding publication too.)
 */
@Component
class MailRetry {

    private final IncompleteEventPublications incomplete;
    private final Duration every;
    private final Clock clock;

    MailRetry(IncompleteEventPublications incomplete, @Value("${coopole.events.retry-every:PT5M}") Duration every,
              Clock clock) {
        this.incomplete = incomplete;
        this.every = every;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${coopole.events.retry-every:PT5M}",
            initialDelayString = "${coopole.events.retry-every:PT5M}")
    void retry() {
        retryOlderThan(every);
    }

    /** Sends again the emails asked for longer ago than that that have not left. */
    void retryOlderThan(Duration age) {
        var before = clock.instant().minus(age);
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof MailRequest
                && !publication.getPublicationDate().isAfter(before));
    }
}

package org.coopole.privacy;

import org.coopole.privacy.internal.PersonalDataRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Once a day, removes what each pole keeps no longer: audit entries, messages and notifications older than its
 * retention settings. A scheduled job, acting for nobody; running it twice removes nothing more.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final PersonalDataRepository data;
    private final Clock clock;

    RetentionJob(PersonalDataRepository data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    /** Removes what is due; how many audit entries, messages and notifications went. */
    @Scheduled(fixedDelayString = "${coopole.retention.run-every:P1D}",
            initialDelayString = "${coopole.retention.first-run:PT10M}")
    @Transactional
    public int[] run() {
        int[] removed = data.applyRetention(clock.instant());
        if (removed[0] + removed[1] + removed[2] > 0) {
            log.info("Retention: {} audit entries, {} messages and {} notifications older than their poles keep "
                    + "were removed", removed[0], removed[1], removed[2]);
        }
        return removed;
    }
}

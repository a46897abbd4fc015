package org.coopole.project;

import org.coopole.notification.Deliveries;
import org.coopole.notification.WrittenNotification;
import org.coopole.project.internal.ProjectActivityRepository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Reminds a project's people of a milestone a week before it is due and once it is overdue, in the bell and by email
 * as each chose: a scheduled job, acting for nobody; each reminder leaves once, whichever node asks first.
 */
@Component
class MilestoneReminders {

    /** Poles are in France: a milestone is due on France's calendar. */
    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private final ProjectActivityRepository activity;
    private final Deliveries deliveries;
    private final Clock clock;

    MilestoneReminders(ProjectActivityRepository activity, Deliveries deliveries, Clock clock) {
        this.activity = activity;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Sends the reminders due today; returns how many notifications were written. */
    @Scheduled(fixedDelayString = "${coopole.projects.milestone-check-every:PT1H}",
            initialDelayString = "${coopole.projects.milestone-first-check:PT2M}")
    @Transactional
    public int remind() {
        List<WrittenNotification> written = activity.notifyDueMilestones(LocalDate.ofInstant(clock.instant(), FRANCE));
        deliveries.deliver(written);
        return written.size();
    }
}

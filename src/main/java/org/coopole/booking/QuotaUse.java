package org.coopole.booking;

import org.coopole.common.OrganisationId;

import java.time.LocalDate;

/**
 * What an organisation has used of a quota in the current period, and what is left until it starts again.
 *
 * @param minutesAllowed the quota's hours with this period's top-ups, in minutes, or null when it counts no hours
 * @param centsAllowed   the quota's credit with this period's top-ups, or null when it counts no euros
 * @param aheadAllowed   the live bookings ahead allowed, or null
 */
public record QuotaUse(Quota quota, OrganisationId organisation, String organisationName, LocalDate periodStart,
                       LocalDate resetsOn, long usedMinutes, Long minutesAllowed, long usedCents, Long centsAllowed,
                       int ahead, Integer aheadAllowed) {

    public Long minutesLeft() {
        return minutesAllowed == null ? null : Math.max(0, minutesAllowed - usedMinutes);
    }

    public Long centsLeft() {
        return centsAllowed == null ? null : Math.max(0, centsAllowed - usedCents);
    }

    /** The largest share of its allowance used, from 0 to 1 (or more when the quota was lowered meanwhile). */
    public double fill() {
        double fill = 0;
        if (minutesAllowed != null && minutesAllowed > 0) {
            fill = Math.max(fill, (double) usedMinutes / minutesAllowed);
        }
        if (centsAllowed != null && centsAllowed > 0) {
            fill = Math.max(fill, (double) usedCents / centsAllowed);
        }
        if (aheadAllowed != null && aheadAllowed > 0) {
            fill = Math.max(fill, (double) ahead / aheadAllowed);
        }
        return fill;
    }
}

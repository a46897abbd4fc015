package org.coopole.audit;

import java.time.LocalDate;

/**
 * A page of a pole's audit trail, newest first.
 *
 * @param action only this action, or all when null
 * @param text   words to find in the person's name, the target or the detail; all when blank
 * @param from   first day (UTC), or no limit when null
 * @param to     last day (UTC), inclusive, or no limit when null
 */
public record AuditQuery(AuditAction action, String text, LocalDate from, LocalDate to, int offset, int limit) {

    public static final int MAX_LIMIT = 200;

    public AuditQuery {
        offset = Math.max(0, offset);
        limit = Math.clamp(limit, 1, MAX_LIMIT);
        text = text == null ? "" : text.strip();
    }

    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, "", null, null, 0, limit);
    }
}

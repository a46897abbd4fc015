package org.coopole.audit;

import java.time.OffsetDateTime;

/** One line of a pole's audit trail. {@code personName} is null when nobody was signed in (a failed sign-in). */
public record AuditEntry(OffsetDateTime occurredAt, String personName, AuditAction action, String target,
                         String detail, String address) {
}

package org.coopole.audit;

/** What the audit trail records. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_THROTTLED,
    SIGN_OUT,
    REFUSED,
    LANGUAGE_CHANGED,
    POLE_SWITCHED,
    PROFILE_UPDATED,
    PASSWORD_CHANGED,
    PASSWORD_RESET_REQUESTED,
    INVITED,
    INVITATION_ACCEPTED,
    MEMBER_ADMITTED,
    MEMBERSHIP_REQUESTED,
    MEMBERSHIP_ACCEPTED,
    MEMBERSHIP_ENDED,
    ROLE_GRANTED,
    ROLE_REMOVED,
    PERSON_DEACTIVATED,
    ORGANISATION_UPDATED,
    POLE_CREATED,
    POLE_UPDATED,
    BOOKING_CONFIRMED,
    BOOKING_DECLINED,
    BOOKING_CANCELLED,
    BOOKING_CANCELLED_BY_OWNER,
    MESSAGE_REPORTED,
    MESSAGE_HIDDEN,
    MESSAGE_KEPT,
    QUOTA_CHANGED,
    QUOTA_REMOVED,
    QUOTA_TOPPED_UP,
    PERSON_ERASED,
    ERASURE_REQUESTED,
    RETENTION_CHANGED,
    CATALOGUE_PUBLISHED,
    API_TOKEN_CREATED,
    API_TOKEN_REVOKED;

    /** Actions whose object is a booking: the resource's name, and the period as "start/end" instants in the detail. */
    public boolean aboutABooking() {
        return name().startsWith("BOOKING_");
    }

    public String translationKey() {
        return "audit.action." + name();
    }
}

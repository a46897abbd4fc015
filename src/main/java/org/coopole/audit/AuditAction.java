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
    POLE_UPDATED;

    public String translationKey() {
        return "audit.action." + name();
    }
}

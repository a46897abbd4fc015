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
    PASSWORD_CHANGED;

    public String translationKey() {
        return "audit.action." + name();
    }
}

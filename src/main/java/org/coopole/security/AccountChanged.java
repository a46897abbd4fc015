package org.coopole.security;

import org.coopole.common.PersonId;

/** Published when a person changes something of their own account (the audit trail records it). */
public record AccountChanged(PersonId person, Change change) {

    public enum Change {
        LANGUAGE,
        POLE,
        PROFILE,
        PASSWORD
    }
}

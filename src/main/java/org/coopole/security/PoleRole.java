package org.coopole.security;

/** The roles a person holds in one pole. Platform administration is not held per pole. */
public enum PoleRole {
    ANIMATOR,
    ORGANISATION_MANAGER,
    MEMBER;

    public String translationKey() {
        return "security.role." + name();
    }
}

package org.coopole.pole;

/** Where an organisation stands in a pole. */
public enum MembershipStatus {
    REQUESTED,
    ACTIVE,
    LEFT;

    /** The status as a screen names it. */
    public String translationKey() {
        return "pole.membership." + name();
    }
}

package org.coopole.pole;

/** Where an organisation stands in a pole. */
public enum MembershipStatus {
    REQUESTED,
    ACTIVE,
    LEFT
}

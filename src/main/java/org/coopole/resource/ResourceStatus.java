package org.coopole.resource;

/** A paused resource cannot be booked for now; an archived one no longer, and keeps its history. */
public enum ResourceStatus {
    ACTIVE,
    PAUSED,
    ARCHIVED;

    /** The status as a screen names it. */
    public String translationKey() {
        return "resource.status." + name();
    }
}

package org.coopole.costs;

import org.coopole.resource.ResourceKind;

/** The heading of the French accounts 86/87 an in-kind contribution goes to. */
public enum InKindCategory {
    /** Free use of premises, equipment and vehicles. */
    FREE_USE,
    /** Services given free. */
    SERVICES,
    /** Staff made available. */
    STAFF,
    /** Volunteers' time. */
    VOLUNTEERING;

    /** Where a resource of that kind goes when its owner chose nothing else. */
    public static InKindCategory of(ResourceKind kind) {
        return kind == ResourceKind.STAFF ? STAFF : FREE_USE;
    }

    public String translationKey() {
        return "inkind.category." + name();
    }
}

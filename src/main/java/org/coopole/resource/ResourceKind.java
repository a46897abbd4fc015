package org.coopole.resource;

/** What an organisation shares: premises, equipment, vehicles, staff time and skills. */
public enum ResourceKind {
    PREMISES,
    EQUIPMENT,
    VEHICLE,
    STAFF;

    public String translationKey() {
        return "resource.kind." + name();
    }
}

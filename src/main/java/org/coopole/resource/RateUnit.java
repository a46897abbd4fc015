package org.coopole.resource;

/** What a resource's rate is counted in: free, or euros per hour, half-day or day. */
public enum RateUnit {
    FREE,
    HOUR,
    HALF_DAY,
    DAY;

    public String translationKey() {
        return "resource.rate." + name();
    }
}

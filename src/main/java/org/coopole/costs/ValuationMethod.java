package org.coopole.costs;

/**
 * How an owner values its resource lent in kind: at the resource's own rate, at a rental value per hour, half-day or
 * day, at an hourly cost, or at the SMIC loaded with a coefficient.
 */
public enum ValuationMethod {
    RATE, RENTAL, HOURLY_COST, SMIC;

    public String translationKey() {
        return "inkind.method." + name();
    }
}

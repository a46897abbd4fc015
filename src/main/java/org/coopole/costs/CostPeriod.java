package org.coopole.costs;

/** What a pool's amount is for: a year or a month. */
public enum CostPeriod {
    YEAR, MONTH;

    public String translationKey() {
        return "costs.period." + name();
    }
}

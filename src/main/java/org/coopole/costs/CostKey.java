package org.coopole.costs;

/** A way of sharing a pool: by hours booked of its resources, m² occupied, headcount, equally, or by percentages. */
public enum CostKey {
    HOURS, AREA, HEADCOUNT, EQUAL, FIXED;

    public String translationKey() {
        return "costs.key." + name();
    }
}

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

    /** A booking at this rate: by the minute for an hourly rate, by started half-day or day otherwise. */
    public long charge(long rateCents, long minutes) {
        return switch (this) {
            case FREE -> 0;
            case HOUR -> java.math.BigDecimal.valueOf(rateCents).multiply(java.math.BigDecimal.valueOf(minutes))
                    .divide(java.math.BigDecimal.valueOf(60), 0, java.math.RoundingMode.HALF_UP).longValueExact();
            case HALF_DAY -> rateCents * ((minutes + 719) / 720);
            case DAY -> rateCents * ((minutes + 1439) / 1440);
        };
    }
}

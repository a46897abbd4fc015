package org.coopole.costs;

import org.coopole.resource.RateUnit;

import java.math.BigDecimal;

/**
 * An owner's valuation rule for a resource: the method, its unit and amount in cents (a rental value per unit; an
 * hourly cost with unit HOUR), the SMIC coefficient, the 86/87 category, and the method in the owner's words.
 */
public record ValuationData(ValuationMethod method, RateUnit unit, Long cents, BigDecimal smicCoefficient,
                            InKindCategory category, String note) {

    public static final int NOTE_MAX = 500;
    public static final long CENTS_MAX = 100_000_000L;
    public static final BigDecimal COEFFICIENT_MIN = BigDecimal.ONE;
    public static final BigDecimal COEFFICIENT_MAX = BigDecimal.valueOf(5);
}

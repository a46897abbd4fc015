package org.coopole.costs;

import org.coopole.common.ResourceId;
import org.coopole.resource.RateUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * How the pole's resources are valued when lent in kind: each owner's rule by resource (none: the resource's rate) and
 * the SMIC hourly amount that rules by the SMIC are loaded from.
 */
public record InKindRules(Map<ResourceId, ValuationData> rules, long smicHourlyCents) {

    public InKindRules {
        rules = Map.copyOf(rules);
    }

    /** What a booking of that resource is worth by its owner's rule, or at its rate when there is none. */
    public long worth(ResourceId resource, RateUnit rateUnit, long rateCents, long minutes) {
        return worth(rules.get(resource), smicHourlyCents, rateUnit, rateCents, minutes);
    }

    /** The 86/87 heading its owner chose, or the one its kind goes to. */
    public InKindCategory category(ResourceId resource, boolean staff) {
        ValuationData rule = rules.get(resource);
        return rule != null ? rule.category() : staff ? InKindCategory.STAFF : InKindCategory.FREE_USE;
    }

    /** What a booking is worth by that rule (at the rate when there is none), the SMIC being that hourly amount. */
    static long worth(ValuationData rule, long smicHourlyCents, RateUnit rateUnit, long rateCents, long minutes) {
        if (rule == null || rule.method() == ValuationMethod.RATE) {
            return CostService.charge(rateUnit, rateCents, minutes);
        }
        return switch (rule.method()) {
            case RENTAL -> CostService.charge(rule.unit(), rule.cents(), minutes);
            case HOURLY_COST -> CostService.charge(RateUnit.HOUR, rule.cents(), minutes);
            case SMIC -> BigDecimal.valueOf(smicHourlyCents).multiply(rule.smicCoefficient())
                    .multiply(BigDecimal.valueOf(minutes)).divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP)
                    .longValueExact();
            case RATE -> throw new IllegalStateException();
        };
    }
}

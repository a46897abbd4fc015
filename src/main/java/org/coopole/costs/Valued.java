package org.coopole.costs;

import org.coopole.common.ResourceId;
import org.coopole.resource.RateUnit;
import org.coopole.resource.ResourceKind;

/** One of the organisation's resources with its rate and its valuation rule (null when none is set). */
public record Valued(ResourceId resource, String name, ResourceKind kind, RateUnit rateUnit, long rateCents,
                     ValuationData rule) {
}

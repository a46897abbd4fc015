package org.coopole.costs;

import org.coopole.common.ResourceId;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A cost pool as its keeper writes it: its name, whether its amount is yearly or monthly, the amount in cents, the
 * weight of each key (0 when unused), the resources it covers (for the hours key) and the organisations sharing it.
 */
public record PoolData(String name, CostPeriod period, long amountCents, Map<CostKey, Integer> weights,
                       List<ResourceId> resources, List<ShareData> shares) {

    public static final int NAME_MAX = 200;
    public static final long AMOUNT_MAX_CENTS = 100_000_000_000L;
    public static final int WEIGHT_MAX = 100;

    public PoolData {
        Map<CostKey, Integer> copy = new EnumMap<>(CostKey.class);
        if (weights != null) {
            weights.forEach((key, weight) -> copy.put(key, weight == null ? 0 : weight));
        }
        weights = Map.copyOf(copy);
        resources = resources == null ? List.of() : List.copyOf(resources);
        shares = shares == null ? List.of() : List.copyOf(shares);
    }

    public int weight(CostKey key) {
        return weights.getOrDefault(key, 0);
    }
}

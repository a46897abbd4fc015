package org.coopole.costs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares an amount in cents among parties in proportion to their weights, exactly: each gets the floor of its ideal
 * share, and the cents left go one each to the largest remainders (Hamilton's method), ties to the earlier party in
 * the given order. The shares always add up to the amount. No weight at all shares it equally.
 */
public final class Allocation {

    private static final MathContext PRECISION = new MathContext(40, RoundingMode.HALF_EVEN);

    private Allocation() {
    }

    public static <K> Map<K, Long> allocate(long cents, Map<K, BigDecimal> weights) {
        Map<K, Long> shares = new LinkedHashMap<>();
        if (weights.isEmpty()) {
            return shares;
        }
        BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean equal = total.signum() <= 0;
        if (equal) {
            total = BigDecimal.valueOf(weights.size());
        }
        record Part<K>(K key, int order, long floor, BigDecimal remainder) {
        }
        List<Part<K>> parts = new ArrayList<>();
        long given = 0;
        int order = 0;
        for (Map.Entry<K, BigDecimal> entry : weights.entrySet()) {
            if (entry.getValue().signum() < 0) {
                throw new IllegalArgumentException("a weight is negative");
            }
            BigDecimal weight = equal ? BigDecimal.ONE : entry.getValue();
            BigDecimal ideal = BigDecimal.valueOf(cents).multiply(weight).divide(total, PRECISION);
            long floor = ideal.setScale(0, RoundingMode.FLOOR).longValueExact();
            parts.add(new Part<>(entry.getKey(), order++, floor, ideal.subtract(BigDecimal.valueOf(floor))));
            given += floor;
        }
        long left = cents - given;
        List<Part<K>> byRemainder = new ArrayList<>(parts);
        byRemainder.sort(Comparator.comparing((Part<K> p) -> p.remainder()).reversed()
                .thenComparingInt(Part::order));
        Map<K, Long> extra = new LinkedHashMap<>();
        for (int i = 0; i < left; i++) {
            extra.merge(byRemainder.get(i).key(), 1L, Long::sum);
        }
        for (Part<K> part : parts) {
            shares.put(part.key(), part.floor() + extra.getOrDefault(part.key(), 0L));
        }
        return shares;
    }
}

package org.coopole.costs;

import org.coopole.resource.RateUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Shares to the cent that always add up to the pool, a pool's amount for a period, and a booking at its rate. */
class AllocationTest {

    @Test
    void sharesThatDoNotDivideEvenlyStillAddUpToTheAmountByLargestRemainders() {
        assertThat(Allocation.allocate(100, weights("1", "1", "1"))).containsExactly(
                Map.entry("A", 34L), Map.entry("B", 33L), Map.entry("C", 33L));
        assertThat(Allocation.allocate(1, weights("1", "1", "1"))).containsValues(1L, 0L, 0L);
        // 1 000,01 € by 10 / 20 / 30,33 m²: ideal shares 165,756… / 331,513… / 502,739… €; the two cents left go
        // to the largest remainders, C's then A's
        Map<String, Long> rent = Allocation.allocate(100_001, weights("10", "20", "30.33"));
        assertThat(rent.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(100_001);
        assertThat(rent).containsExactly(Map.entry("A", 16_576L), Map.entry("B", 33_151L), Map.entry("C", 50_274L));
        // nothing to share by: equal shares
        assertThat(Allocation.allocate(10, weights("0", "0", "0"))).containsValues(4L, 3L, 3L);
        assertThat(Allocation.allocate(0, weights("1", "2"))).containsValues(0L, 0L);
    }

    @Test
    void everyRandomPoolAddsUpAndNoShareIsACentFromItsIdeal() {
        Random random = new Random(42);
        for (int run = 0; run < 2_000; run++) {
            long cents = random.nextLong(0, 10_000_000_000L);
            Map<Integer, BigDecimal> weights = new LinkedHashMap<>();
            int parties = 1 + random.nextInt(40);
            for (int i = 0; i < parties; i++) {
                weights.put(i, BigDecimal.valueOf(random.nextInt(0, 100_000), random.nextInt(0, 4)));
            }
            Map<Integer, Long> shares = Allocation.allocate(cents, weights);
            assertThat(shares.values().stream().mapToLong(Long::longValue).sum()).as("run %d", run).isEqualTo(cents);
            BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.signum() > 0) {
                shares.forEach((party, share) -> {
                    BigDecimal ideal = BigDecimal.valueOf(cents).multiply(weights.get(party))
                            .divide(total, MathContext.DECIMAL128);
                    assertThat(BigDecimal.valueOf(share).subtract(ideal).abs()).isLessThan(BigDecimal.ONE);
                });
            }
        }
    }

    @Test
    void aPoolsAmountForAPeriodFollowsTheDaysOfEachYearOrMonthItCovers() {
        assertThat(CostService.amountFor(CostPeriod.YEAR, 1_800_000, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31))).isEqualTo(1_800_000);
        // January: 31 days of 365
        assertThat(CostService.amountFor(CostPeriod.YEAR, 1_800_000, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31))).isEqualTo(152_877);
        // a leap year counts 366 days
        assertThat(CostService.amountFor(CostPeriod.YEAR, 366_000, LocalDate.of(2028, 2, 1),
                LocalDate.of(2028, 2, 29))).isEqualTo(29_000);
        assertThat(CostService.amountFor(CostPeriod.MONTH, 40_000, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31))).isEqualTo(480_000);
        // half of January and half of February, across two months
        assertThat(CostService.amountFor(CostPeriod.MONTH, 31_000, LocalDate.of(2026, 1, 17),
                LocalDate.of(2026, 2, 14))).isEqualTo(15_000 + 15_500);
    }

    @Test
    void aBookingCostsItsRateByTheMinuteOrByStartedHalfDayOrDay() {
        assertThat(CostService.charge(RateUnit.HOUR, 1_500, 90)).isEqualTo(2_250);
        assertThat(CostService.charge(RateUnit.HOUR, 1_000, 1)).isEqualTo(17);
        assertThat(CostService.charge(RateUnit.HALF_DAY, 3_000, 180)).isEqualTo(3_000);
        assertThat(CostService.charge(RateUnit.HALF_DAY, 3_000, 721)).isEqualTo(6_000);
        assertThat(CostService.charge(RateUnit.DAY, 6_000, 25 * 60)).isEqualTo(12_000);
        assertThat(CostService.charge(RateUnit.FREE, 0, 600)).isZero();
    }

    private static Map<String, BigDecimal> weights(String... values) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        char name = 'A';
        for (String value : values) {
            weights.put(String.valueOf(name++), new BigDecimal(value));
        }
        return weights;
    }
}

package org.coopole.costs;

import org.coopole.common.BookingId;
import org.coopole.common.OrganisationId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an organisation used and owes for a period, in cents: its share of each pool it takes part in (with the basis
 * of each key), what its bookings cost at their resources' rates, and what others' bookings of its resources owe it.
 */
public record Statement(OrganisationId organisation, String organisationName, LocalDate from, LocalDate to,
                        List<PoolShare> pools, List<Charge> owes, List<Charge> owed) {

    public long poolsCents() {
        return pools.stream().mapToLong(PoolShare::shareCents).sum();
    }

    public long owesCents() {
        return owes.stream().mapToLong(Charge::cents).sum();
    }

    public long owedCents() {
        return owed.stream().mapToLong(Charge::cents).sum();
    }

    /** What it owes in all: its pool shares and its bookings' charges. */
    public long totalCents() {
        return poolsCents() + owesCents();
    }

    /**
     * Its share of a pool for the period: the pool's amount for the period, each key's basis (its own figure, the
     * total of all organisations sharing it, and the key's weight), its fraction, and its share to the cent.
     */
    public record PoolShare(UUID pool, String poolName, long poolCents, List<Basis> basis, BigDecimal fraction,
                            long shareCents) {
    }

    public record Basis(CostKey key, BigDecimal own, BigDecimal total, int weight) {
    }

    /** A booking charged at its resource's rate: who the other organisation is, when, and how much. */
    public record Charge(BookingId booking, String resourceName, String otherOrganisation, Instant start, Instant end,
                         String rateUnit, long rateCents, long cents) {
    }
}

package org.coopole.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A pole's indicators for the days {@code from} to {@code to} included. Each table has rows of a label and figures;
 * the screen writes next to it how it is computed ({@code indicators.method.<table>}). {@code inKind} has a row per
 * 86/87 heading (its name) with the value lent in kind in cents; {@code sharedCosts} a row per cost pool with its amount
 * for the period in cents; {@code staffBySkill} the minutes of staff booked by other organisations
 * per skill of the person booked.
 */
public record Indicators(LocalDate from, LocalDate to, Members members, List<Row> resourcesByKind,
                         List<Row> resourcesByOrganisation, Bookings bookings, List<Use> useRates,
                         List<String> lenders, List<String> borrowers, long[][] lentMinutes, long[][] lentValueCents,
                         List<Row> staffHours, List<Row> projectsByStatus, List<Row> projectsByTheme,
                         List<Outcome> outcomes, Money budgets, List<Row> inKind, List<Row> sharedCosts,
                         List<Row> staffBySkill) {

    /** Reports frozen before a table existed read it as empty. */
    public Indicators {
        inKind = inKind == null ? List.of() : inKind;
        sharedCosts = sharedCosts == null ? List.of() : sharedCosts;
        staffBySkill = staffBySkill == null ? List.of() : staffBySkill;
    }

    /** The in-kind value lent in the period, all headings together, in cents. */
    public long inKindCents() {
        return inKind.stream().mapToLong(Row::count).sum();
    }

    /** The cost pools' amounts for the period, in cents. */
    public long sharedCostCents() {
        return sharedCosts.stream().mapToLong(Row::count).sum();
    }

    /** A label (a legal form, a kind, an organisation, a status…) with a count or an amount. */
    public record Row(String label, long count) {
    }

    /**
     * Member organisations now, by legal form, how many are of the social and solidarity economy, who joined and left,
     * and by commune (the postal code and town their address ends with; an empty label for an address without).
     */
    public record Members(List<Row> byLegalForm, long total, long ess, long joined, long left, List<Row> byCommune) {

        public Members {
            byCommune = byCommune == null ? List.of() : byCommune;
        }

        /**
         * The mix the 2015 decree asks of a pole, as four yes-or-no: ESS enterprises, other companies, local
         * authorities, and research or training bodies among its members.
         */
        public List<Boolean> decreeMix() {
            return List.of(ess > 0, has("COMPANY"), has("LOCAL_AUTHORITY"), has("RESEARCH_CENTRE", "TRAINING_BODY"));
        }

        private boolean has(String... forms) {
            return byLegalForm.stream().anyMatch(r -> r.count() > 0 && List.of(forms).contains(r.label()));
        }
    }

    /** Confirmed bookings starting in the period and their hours; requests decided in it, their lead time and declines. */
    public record Bookings(long confirmed, long minutes, long decided, long declined, BigDecimal declineRate,
                           BigDecimal leadTimeHours) {
    }

    /** A resource's hours booked over its open hours in the period. */
    public record Use(String resource, String organisation, long bookedMinutes, long openMinutes, BigDecimal rate) {
    }

    /** An outcome kind's figures summed over the pole's projects, dated in the period. */
    public record Outcome(String code, String name, String unit, BigDecimal expected, BigDecimal achieved) {
    }

    /** The joint projects' actual budgets: expenses, income, public money and own funds, in cents. */
    public record Money(long expensesCents, long incomeCents, long publicCents, long ownCents, BigDecimal publicShare,
                        BigDecimal selfFinancing, BigDecimal partnersPerProject) {
    }
}

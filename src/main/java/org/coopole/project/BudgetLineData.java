package org.coopole.project;

/**
 * A line of a project's budget: an expense or an income (with its kind of funder), planned or actual, in cents.
 */
public record BudgetLineData(boolean income, boolean actual, String label, long amountCents, FunderKind funder) {

    public static final int LABEL_MAX = 200;
    /** One billion euros, in cents. */
    public static final long AMOUNT_MAX_CENTS = 100_000_000_000L;
}

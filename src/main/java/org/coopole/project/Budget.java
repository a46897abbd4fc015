package org.coopole.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A project's budget: its lines, and what is computed from them — totals of planned and actual expenses and income,
 * the share of public money in the income and the share of own funds and contributions in kind (self-financing),
 * as percentages with one decimal, computed on the actual income when there is some, else on the planned income,
 * or null without income.
 */
public record Budget(List<Line> lines, long plannedExpenses, long plannedIncome, long actualExpenses,
                     long actualIncome, BigDecimal publicShare, BigDecimal selfFinancing) {

    public record Line(UUID id, boolean income, boolean actual, String label, long amountCents, FunderKind funder) {
    }
}

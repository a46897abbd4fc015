package org.coopole.project;

import org.coopole.common.OrganisationId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A figure an organisation of the project reports: of which kind, expected or achieved, how much, when, a note. */
public record OutcomeData(UUID kind, OrganisationId organisation, OutcomeStage stage, BigDecimal amount, LocalDate on,
                          String note) {

    public static final int NOTE_MAX = 1000;
    public static final BigDecimal AMOUNT_MAX = BigDecimal.valueOf(1_000_000_000L);
}

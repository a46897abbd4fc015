package org.coopole.project;

import org.coopole.common.OrganisationId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A reported outcome figure; {@code removable} when the reader may take it back. */
public record Outcome(UUID id, OutcomeKind kind, OrganisationId organisation, String organisationName,
                      OutcomeStage stage, BigDecimal amount, LocalDate on, String note, boolean removable) {
}

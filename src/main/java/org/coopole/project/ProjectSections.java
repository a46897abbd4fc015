package org.coopole.project;

import java.util.List;
import java.util.Optional;

/**
 * Everything a project's page shows below its sheet, read in one transaction: the budget, journal and hours only for
 * those who read the project's details (empty otherwise); {@code mayWrite} when the reader writes in its journal;
 * {@code mayReport} when the reader reports outcomes and hours (an editor, or a manager of a partner).
 */
public record ProjectSections(Optional<Budget> budget, List<Outcome> outcomes, List<Milestone> milestones,
                              Optional<List<JournalEntry>> journal, Optional<HoursLedger> hours, List<UsedBooking> used,
                              boolean mayWrite, boolean mayReport) {
}

package org.coopole.pole;

import org.coopole.common.PoleId;

import java.time.LocalDate;

/** A pole as the platform administrator sees it: its public face and its number of active members, no more. */
public record PoleOverview(PoleId id, String name, String territory, LocalDate createdOn, int activeMembers) {
}

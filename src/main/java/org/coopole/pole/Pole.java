package org.coopole.pole;

import org.coopole.common.PoleId;

import java.time.LocalDate;

/** A pole's profile, with the number of its active member organisations. */
public record Pole(PoleId id, String name, String territory, String description, String charter,
                   LocalDate createdOn, int activeMembers) {
}

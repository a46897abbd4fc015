package org.coopole.api;

import java.time.ZoneId;

/** A pole whose catalogue is published: its name, what the catalogue shows, and its clock. */
public record PublicPole(String name, boolean showRates, boolean showBusy, ZoneId zone) {
}

package org.coopole.organisation;

import org.coopole.common.PoleId;

/** Another pole's public face, for a manager whose organisation may ask to join it. */
public record JoinablePole(PoleId id, String name, String territory) {
}

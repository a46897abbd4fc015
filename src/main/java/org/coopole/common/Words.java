package org.coopole.common;

/** A refusal's figure that is itself words to translate ("les véhicules", "par mois"): the screens translate it. */
public record Words(String key) {
}

package org.coopole.api;

import java.util.UUID;

/** A token just made: its secret, shown to its person once and stored only as a hash. */
public record NewApiToken(UUID id, String secret) {
}

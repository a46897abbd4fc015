package org.coopole.costs;

/** A cost pool's amount for a period, in cents, and how many organisations share it. */
public record SharedCost(String pool, long cents, int organisations) {
}

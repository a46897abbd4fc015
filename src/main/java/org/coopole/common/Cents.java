package org.coopole.common;

/** An amount of money in euro cents, as a refusal's figure: the screens write it in the person's currency format. */
public record Cents(long value) {
}

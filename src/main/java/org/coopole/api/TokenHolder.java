package org.coopole.api;

import org.coopole.common.PersonId;

/** Who a valid token speaks for, and with what scope. */
public record TokenHolder(PersonId person, ApiScope scope) {
}

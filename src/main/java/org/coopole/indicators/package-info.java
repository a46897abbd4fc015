/**
 * The pole's indicators for a period: what its members are, what they share and use, who lent to whom, and what
 * their joint projects did, each figure with how it is computed.
 */
package org.coopole.indicators;

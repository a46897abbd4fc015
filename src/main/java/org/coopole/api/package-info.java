/**
 * The pole's catalogue on its own website, and an API: a read-only public catalogue per pole (off until its animators
 * publish it, showing what they chose), as a page for an {@code <iframe>} and as JSON; and a versioned JSON API under
 * {@code /api/v1} for members, with personal tokens, over the same services, rules, row security and audit as the
 * screens.
 */
package org.coopole.api;

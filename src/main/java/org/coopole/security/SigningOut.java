package org.coopole.security;

import org.springframework.security.core.Authentication;

/** A person is signing out: published before their security context is cleared. */
public record SigningOut(Authentication authentication) {
}

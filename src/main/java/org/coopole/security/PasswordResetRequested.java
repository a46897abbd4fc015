package org.coopole.security;

/** Somebody asked, from that address, for a password reset link for this email (whether or not it has an account). */
public record PasswordResetRequested(String email, String address) {
}

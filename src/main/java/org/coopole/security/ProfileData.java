package org.coopole.security;

/** What a person edits of their own profile. */
public record ProfileData(String firstName, String lastName, String phone) {
}

package org.coopole.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;

/**
 * The principal of a session: the person's id as its name, their authorities, and when they signed in — a session
 * older than the person's last password change, reset or deactivation is over.
 */
public final class SignedInPerson extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Instant signedInAt;

    public SignedInPerson(String personId, Instant signedInAt, Collection<? extends GrantedAuthority> authorities) {
        super(personId, "", authorities);
        this.signedInAt = signedInAt;
    }

    public Instant signedInAt() {
        return signedInAt;
    }

    /** The same person, their session carrying on from {@code instant} (after they changed their own password). */
    public SignedInPerson renewedAt(Instant instant) {
        return new SignedInPerson(getUsername(), instant, getAuthorities());
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}

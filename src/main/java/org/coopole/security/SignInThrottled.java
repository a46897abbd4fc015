package org.coopole.security;

import org.springframework.security.authentication.LockedException;

/**
 * Too many failed sign-ins for this account or from this address: wait before trying again. A kind of
 * {@link LockedException}, so that Spring Security publishes it as a failure event like the others.
 */
public class SignInThrottled extends LockedException {

    public SignInThrottled() {
        super("too many failed sign-ins");
    }
}

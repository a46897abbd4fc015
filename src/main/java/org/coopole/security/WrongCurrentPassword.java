package org.coopole.security;

/** The current password, asked again before a change, was not right. */
public class WrongCurrentPassword extends RuntimeException {

    public WrongCurrentPassword() {
        super("the current password is not right");
    }
}

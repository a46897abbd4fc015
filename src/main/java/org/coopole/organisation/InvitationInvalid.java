package org.coopole.organisation;

/** An invitation link that is unknown, expired or already used. */
public class InvitationInvalid extends RuntimeException {

    public InvitationInvalid() {
        super("this invitation link is unknown, expired or already used");
    }
}

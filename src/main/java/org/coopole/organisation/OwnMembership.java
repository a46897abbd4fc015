package org.coopole.organisation;

/** An animator cannot end their own organisation's membership, nor stop being the pole's last animator. */
public class OwnMembership extends RuntimeException {

    public OwnMembership() {
        super("an animator keeps their own organisation in the pole, and the pole keeps an animator");
    }
}

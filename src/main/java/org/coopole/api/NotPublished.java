package org.coopole.api;

/** The pole has no public catalogue (its animators did not publish one), or the resource is not in it. */
public class NotPublished extends RuntimeException {

    public NotPublished() {
        super("no such public catalogue", null, false, false);
    }
}

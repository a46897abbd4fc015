package org.coopole.booking;

/** The resource was booked by somebody else for an overlapping period (maybe a moment ago). */
public class SlotTaken extends RuntimeException {

    public SlotTaken() {
        super("the slot is taken");
    }
}

package org.coopole.booking;

import java.util.List;

/** What booking a series did: the occurrences booked, and those left out (taken or refused), in date order. */
public record SeriesOutcome(BookingStatus status, List<Occurrence> booked, List<Occurrence> leftOut) {

    public SeriesOutcome {
        booked = List.copyOf(booked);
        leftOut = List.copyOf(leftOut);
    }
}

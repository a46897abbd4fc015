package org.coopole.resource;

import java.util.List;

/** Where a resource is, for how many, how to reach it, its tags and its rate (in cents per unit). */
public record ResourceDetails(String location, Integer capacity, String accessibility, List<String> tags,
                              RateUnit rateUnit, int rateCents) {

    public ResourceDetails {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}

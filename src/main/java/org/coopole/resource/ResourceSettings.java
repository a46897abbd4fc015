package org.coopole.resource;

import org.coopole.common.PoleId;

import java.util.List;
import java.util.Set;

/** Everything a manager sets on a resource's form, saved at once. */
public record ResourceSettings(ResourceData data, ResourceDetails details, BookingPolicy policy,
                               List<OpeningHours> openingHours, List<Closure> closures, List<String> skills,
                               Integer weeklyCapMinutes, Set<PoleId> poles) {

    public ResourceSettings {
        openingHours = List.copyOf(openingHours);
        closures = List.copyOf(closures);
        skills = List.copyOf(skills);
        poles = Set.copyOf(poles);
    }
}

package org.coopole.api;

import org.coopole.common.ResourceId;

import java.util.Set;

/**
 * What a pole's public catalogue shows: nothing unless {@code published}; the resources chosen (none: all those shared
 * in the pole), their rates or not, their free/busy periods or not.
 */
public record PublicationSettings(boolean published, boolean showRates, boolean showBusy, Set<ResourceId> resources) {

    public PublicationSettings {
        resources = Set.copyOf(resources);
    }
}

package org.coopole.project;

import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A project's sheet: what it is, who leads it and with whom, and each change of its status with its date.
 * {@code editable} when the reader may change it (an animator, or a manager of the lead organisation);
 * {@code version} is what the reader saw, to be given back when saving it.
 */
public record ProjectPage(ProjectId id, ProjectData data, ProjectStatus status, String leadName,
                          List<Partner> partners, List<StatusChange> history, boolean editable, int version) {

    /** A partner; {@code mine} when it is the reader's organisation (whose manager edits its role). */
    public record Partner(UUID id, OrganisationId organisation, String name, OutsideKind outsideKind, String role,
                          PersonId contact, String contactName, boolean mine) {
    }

    public record StatusChange(ProjectStatus status, Instant at, String byName) {
    }
}

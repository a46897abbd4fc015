package org.coopole.project;

import org.coopole.common.OrganisationId;

/** Filters of the project list; null or blank for "any". {@code year}: running at some time that year. */
public record ProjectQuery(ProjectStatus status, String theme, OrganisationId organisation, Integer year, String text) {

    public static final ProjectQuery ALL = new ProjectQuery(null, null, null, null, null);
}

package org.coopole.project;

import java.time.LocalDate;
import java.util.List;

/** A project as the pole's list shows it. */
public record ProjectCard(ProjectId id, String title, ProjectStatus status, String leadName, List<String> themes,
                          LocalDate startsOn, LocalDate endsOn, int partners) {
}

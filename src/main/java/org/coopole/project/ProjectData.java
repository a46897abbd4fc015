package org.coopole.project;

import org.coopole.common.OrganisationId;

import java.time.LocalDate;
import java.util.List;

/** What the project's editors write of it. */
public record ProjectData(String title, String summary, LocalDate startsOn, LocalDate endsOn, List<String> themes,
                          OrganisationId lead, boolean openToPole) {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 4000;
    public static final int THEMES_MAX = 20;
    public static final int THEME_MAX = 50;

    public ProjectData {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}

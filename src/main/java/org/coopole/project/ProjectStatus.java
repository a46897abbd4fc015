package org.coopole.project;

/** Where a joint project stands: an idea, planned, under way, completed, or abandoned. */
public enum ProjectStatus {
    IDEA, PLANNED, ACTIVE, COMPLETED, ABANDONED;

    public String translationKey() {
        return "project.status." + name();
    }
}

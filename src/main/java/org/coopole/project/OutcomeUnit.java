package org.coopole.project;

/** What an outcome kind counts in. */
public enum OutcomeUnit {
    COUNT, TONNES, EUROS, HOURS;

    public String translationKey() {
        return "project.outcome.unit." + name();
    }
}

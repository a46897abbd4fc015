package org.coopole.project;

/** Whether an outcome figure is what the project expects, or what it achieved. */
public enum OutcomeStage {
    EXPECTED, ACHIEVED;

    public String translationKey() {
        return "project.outcome.stage." + name();
    }
}

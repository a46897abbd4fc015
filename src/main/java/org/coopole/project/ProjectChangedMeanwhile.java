package org.coopole.project;

/**
 * Someone else saved the project after the person opened it: nothing was written, so that nobody's change is lost
 * silently; the screen keeps what the person typed and says so.
 */
public class ProjectChangedMeanwhile extends RuntimeException {

    public ProjectChangedMeanwhile() {
        super("the project changed since it was read");
    }
}

package org.coopole.security;

/** A new password the policy refuses. */
public class WeakPassword extends RuntimeException {

    private final PasswordPolicy.Problem problem;

    public WeakPassword(PasswordPolicy.Problem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public PasswordPolicy.Problem problem() {
        return problem;
    }
}

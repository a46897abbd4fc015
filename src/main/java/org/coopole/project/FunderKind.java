package org.coopole.project;

/** Where a project's income comes from; the first six are public money. */
public enum FunderKind {
    STATE, REGION, DEPARTEMENT, INTERCOMMUNALITE, COMMUNE, EU, FOUNDATION, OWN_FUNDS, IN_KIND, OTHER;

    /** Whether it is public money (State, local authorities, the EU). */
    public boolean isPublic() {
        return switch (this) {
            case STATE, REGION, DEPARTEMENT, INTERCOMMUNALITE, COMMUNE, EU -> true;
            default -> false;
        };
    }

    public String translationKey() {
        return "project.funder." + name();
    }
}

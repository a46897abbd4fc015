package org.coopole.project;

/** What kind of body an outside partner of a project is (one that is no member of the pole). */
public enum OutsideKind {
    STATE, REGION, DEPARTEMENT, INTERCOMMUNALITE, COMMUNE, EU, FOUNDATION, COMPANY, ASSOCIATION, OTHER;

    public String translationKey() {
        return "project.outside-kind." + name();
    }
}

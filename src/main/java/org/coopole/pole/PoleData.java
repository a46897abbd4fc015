package org.coopole.pole;

/** What the animator edits of the pole's profile. */
public record PoleData(String name, String territory, String description, String charter) {

    public static final int NAME_MAX = 200;
    public static final int TERRITORY_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int CHARTER_MAX = 20000;
}

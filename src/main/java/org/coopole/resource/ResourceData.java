package org.coopole.resource;

/** What an organisation manager says of a resource when sharing it (the booking policy comes later). */
public record ResourceData(ResourceKind kind, String name, String description, boolean approvalRequired) {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
}

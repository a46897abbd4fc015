package org.coopole.security;

/** The Spring authorities Coopole grants at sign-in. Roles within a pole are checked by {@link PoleAccess}. */
public final class Roles {

    /** Every signed-in person. */
    public static final String USER = "USER";
    /** Creates poles; sees no member data unless also a member. */
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

    static final String USER_AUTHORITY = "ROLE_" + USER;
    static final String PLATFORM_ADMIN_AUTHORITY = "ROLE_" + PLATFORM_ADMIN;

    private Roles() {
    }
}

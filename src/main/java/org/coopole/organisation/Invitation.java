package org.coopole.organisation;

/** What the invitation page shows to the person invited, before they have a password. */
public record Invitation(String firstName, String lastName, String email, String organisationName, String poleName,
                         String inviterName, Status status) {

    public enum Status {
        VALID,
        EXPIRED,
        USED;

        /** What the invitation page says of an invitation that can no longer be used (never asked of VALID). */
        public String translationKey() {
            return "organisation.invitation." + name();
        }
    }
}

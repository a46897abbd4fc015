package org.coopole.organisation;

/** An organisation the animator admits into the pole, with its first manager, who is invited by email. */
public record NewMember(String organisationName, LegalForm legalForm, boolean ess, String managerFirstName,
                        String managerLastName, String managerEmail) {
}

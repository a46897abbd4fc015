package org.coopole.pole;

/**
 * A pole the platform administrator creates, with the organisation carrying its animation and its first animator,
 * who is invited by email.
 *
 * @param carrierLegalForm the name of a legal form (as {@code organisation.LegalForm} spells it)
 */
public record NewPole(String name, String territory, String description, String carrierName,
                      String carrierLegalForm, boolean carrierEss, String animatorFirstName, String animatorLastName,
                      String animatorEmail) {
}

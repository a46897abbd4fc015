package org.coopole.organisation;

/** The legal forms of member organisations, as the 2014 ESS law and the 2015 decree distinguish them. */
public enum LegalForm {
    ASSOCIATION,
    SCOP,
    SCIC,
    MUTUAL,
    FOUNDATION,
    COMPANY,
    LOCAL_AUTHORITY,
    RESEARCH_CENTRE,
    TRAINING_BODY,
    OTHER;

    /** The translation key of this form's name, e.g. {@code organisation.legal-form.SCOP}. */
    public String translationKey() {
        return "organisation.legal-form." + name();
    }
}

package org.coopole.organisation;

import org.coopole.common.Email;
import org.coopole.common.InvalidField;
import org.coopole.common.Siret;
import org.coopole.common.TextRules;

import java.util.List;
import java.util.Locale;

/** The checks of an organisation's profile, the same in the form and in the service. */
public final class OrganisationRules {

    private OrganisationRules() {
    }

    /** The profile, trimmed, or the first field to correct. */
    public static OrganisationData validate(OrganisationData data) {
        String name = text("name", data.name(), OrganisationData.NAME_MAX, true);
        if (data.legalForm() == null) {
            throw new InvalidField("legalForm", "validation.required");
        }
        String siret = blankToNull(data.siret());
        if (siret != null && !Siret.isValid(siret)) {
            throw new InvalidField("siret", "organisation.siret.invalid");
        }
        String email = blankToNull(data.contactEmail());
        if (email != null && !Email.isValid(email)) {
            throw new InvalidField("contactEmail", "validation.email");
        }
        if (!TextRules.isPhone(data.phone())) {
            throw new InvalidField("phone", "validation.phone");
        }
        List<String> tags = data.tags().stream().map(t -> t.strip().toLowerCase(Locale.FRENCH))
                .filter(t -> !t.isEmpty()).distinct().toList();
        if (tags.size() > OrganisationData.TAGS_MAX
                || tags.stream().anyMatch(t -> t.length() > OrganisationData.TAG_MAX || TextRules.hasMarkup(t)
                || TextRules.hasHiddenCharacters(t, false))) {
            throw new InvalidField("tags", "organisation.tags.invalid");
        }
        return new OrganisationData(name, data.legalForm(), data.ess(), siret == null ? null : new Siret(siret).value(),
                text("address", data.address(), OrganisationData.ADDRESS_MAX, false),
                email == null ? null : new Email(email).value(), blankToNull(data.phone()),
                text("description", data.description(), OrganisationData.DESCRIPTION_MAX, false), tags);
    }

    private static String text(String field, String value, int max, boolean required) {
        return TextRules.require(field, value, max, required);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

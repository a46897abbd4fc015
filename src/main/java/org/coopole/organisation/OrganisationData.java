package org.coopole.organisation;

import java.util.List;

/** What an organisation manager edits of their organisation's profile. */
public record OrganisationData(String name, LegalForm legalForm, boolean ess, String siret, String address,
                               String contactEmail, String phone, String description, List<String> tags) {

    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 500;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int TAGS_MAX = 10;
    public static final int TAG_MAX = 30;

    public OrganisationData {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}

package org.coopole.organisation;

import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.security.PoleRole;

import java.time.LocalDate;
import java.util.List;

/** An organisation's page in a pole: its profile and its people, with their contact details for fellow members. */
public record OrganisationPage(OrganisationId id, String name, LegalForm legalForm, boolean ess, String siret,
                               String address, String contactEmail, String phone, String description,
                               List<String> tags, LocalDate memberSince, List<Member> people) {

    public OrganisationPage {
        tags = List.copyOf(tags);
        people = List.copyOf(people);
    }

    /** A person of the organisation, with their roles in the pole. */
    public record Member(PersonId id, String firstName, String lastName, String email, String phone,
                         List<PoleRole> roles) {

        public Member {
            roles = List.copyOf(roles);
        }

        public String displayName() {
            return firstName + " " + lastName;
        }
    }
}

package org.coopole.security;

import org.coopole.common.Language;
import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in person as the shell shows them: who they are, their organisation, the poles they work in
 * with their roles there, and the pole they are working in now.
 */
public record Account(PersonId id, String firstName, String lastName, String email, String phone, Language language,
                      OrganisationId organisationId, String organisationName, boolean platformAdmin,
                      List<PoleMembership> poles, PoleId currentPoleId) {

    public Account {
        poles = List.copyOf(poles);
    }

    public ProfileData profile() {
        return new ProfileData(firstName, lastName, phone == null ? "" : phone);
    }

    public String displayName() {
        return firstName + " " + lastName;
    }

    /** The pole the person works in now: the one they chose last, else their first. */
    public Optional<PoleMembership> currentPole() {
        return poles.stream().filter(p -> p.poleId().equals(currentPoleId)).findFirst()
                .or(() -> poles.stream().findFirst());
    }

    /** A pole the person works in, with the roles they hold there. */
    public record PoleMembership(PoleId poleId, String poleName, Set<PoleRole> roles) {

        public PoleMembership {
            roles = Set.copyOf(roles);
        }
    }
}

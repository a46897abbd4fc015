package org.coopole.organisation;

import org.coopole.organisation.internal.OrganisationRepository;
import org.coopole.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Member organisations. */
@Service
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final CurrentUser currentUser;

    OrganisationService(OrganisationRepository organisations, CurrentUser currentUser) {
        this.organisations = organisations;
        this.currentUser = currentUser;
    }

    /** The organisation the signed-in person belongs to; empty for platform staff who belong to none. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Organisation> own() {
        return organisations.findOfPerson(currentUser.require());
    }
}

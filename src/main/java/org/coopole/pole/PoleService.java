package org.coopole.pole;

import org.coopole.common.PoleId;
import org.coopole.pole.internal.PoleRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Poles, the tenants of Coopole: only their members see them. */
@Service
public class PoleService {

    private final PoleRepository poles;

    PoleService(PoleRepository poles) {
        this.poles = poles;
    }

    /** A pole's profile, for its members. */
    @Transactional(readOnly = true)
    @PreAuthorize("@poleAccess.isMember(#poleId)")
    public Optional<Pole> profile(PoleId poleId) {
        return poles.findProfile(poleId);
    }
}

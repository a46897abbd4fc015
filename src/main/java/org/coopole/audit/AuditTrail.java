package org.coopole.audit;

import org.coopole.audit.internal.AuditRepository;
import org.coopole.common.PoleId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import org.coopole.security.PoleAnimator;

/** Who did what, when, in which pole: written by Coopole as things happen, read by the pole's animators. */
@Service
public class AuditTrail {

    private final AuditRepository events;

    AuditTrail(AuditRepository events) {
        this.events = events;
    }

    /**
     * Records an event in its own transaction, so that it stays even when the work it describes is rolled back
     * (a refusal). The actor is the signed-in person and the pole their current one (the database takes both from
     * the transaction's context); with nobody signed in, only what happens before signing in is recorded.
     *
     * @param address the client's address, used only when nobody is signed in
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditAction action, String target, String detail, String address) {
        events.insert(action, null, target, detail, address);
    }

    /**
     * Records what a service did, in the service's own transaction: the event is kept if, and only if, the work is.
     * The actor is the signed-in person.
     *
     * @param pole the pole concerned (one the person holds a role in), or null for the transaction's
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void log(AuditAction action, PoleId pole, String target, String detail) {
        events.insert(action, pole, target, detail, null);
    }

    /** A page of the pole's trail, newest first, for the pole's animators. */
    @Transactional(readOnly = true)
    @PoleAnimator
    public List<AuditEntry> search(PoleId poleId, AuditQuery query) {
        return events.find(poleId, query);
    }

    /** The pole's time zone: the trail shows its times on the pole's clock. */
    @Transactional(readOnly = true)
    @PoleAnimator
    public java.time.ZoneId clock(PoleId poleId) {
        return events.zoneOf(poleId);
    }

    @Transactional(readOnly = true)
    @PoleAnimator
    public int count(PoleId poleId, AuditQuery query) {
        return events.count(poleId, query);
    }
}

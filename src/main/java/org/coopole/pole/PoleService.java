package org.coopole.pole;

import org.coopole.audit.AuditAction;
import org.coopole.audit.AuditTrail;
import org.coopole.common.Email;
import org.coopole.security.CurrentUser;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.TextRules;
import org.coopole.common.Tokens;
import org.coopole.mail.MailTemplate;
import org.coopole.mail.Outbox;
import org.coopole.pole.internal.PoleRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.coopole.security.PoleMember;
import org.coopole.security.PoleAnimator;

/** Poles, the tenants of Coopole: only their members see them. */
@Service
public class PoleService {

    private final PoleRepository poles;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    PoleService(PoleRepository poles, Outbox outbox, AuditTrail audit, CurrentUser currentUser) {
        this.poles = poles;
        this.outbox = outbox;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** A pole's profile, for its members. */
    @Transactional(readOnly = true)
    @PoleMember
    public Optional<Pole> profile(PoleId poleId) {
        return poles.findProfile(poleId);
    }

    /**
     * Saves the pole's profile and charter, for its animators.
     *
     * @throws InvalidField for a field to correct
     */
    @Transactional
    @PoleAnimator
    public void updateProfile(PoleId poleId, PoleData data) {
        PoleData clean = new PoleData(text("name", data.name(), PoleData.NAME_MAX, true),
                text("territory", data.territory(), PoleData.TERRITORY_MAX, false),
                text("description", data.description(), PoleData.DESCRIPTION_MAX, false),
                text("charter", data.charter(), PoleData.CHARTER_MAX, false));
        try {
            poles.updateProfile(poleId, clean);
        } catch (DuplicateKeyException e) {
            throw new InvalidField("name", "pole.name-taken");
        }
        audit.log(AuditAction.POLE_UPDATED, poleId, clean.name(), null);
    }

    /** Every pole with its number of active members, for the platform administrator; no member data. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public List<PoleOverview> overview() {
        return poles.overview();
    }

    /**
     * Creates a pole, the organisation carrying its animation and its first animator, who is invited by email.
     *
     * @throws InvalidField for a field to correct (a pole name or an email already in use, for one)
     */
    @Transactional
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public PoleId create(NewPole pole) {
        text("name", pole.name(), PoleData.NAME_MAX, true);
        text("territory", pole.territory(), PoleData.TERRITORY_MAX, false);
        text("description", pole.description(), PoleData.DESCRIPTION_MAX, false);
        text("carrierName", pole.carrierName(), PoleData.NAME_MAX, true);
        text("animatorFirstName", pole.animatorFirstName(), TextRules.NAME_MAX, true);
        text("animatorLastName", pole.animatorLastName(), TextRules.NAME_MAX, true);
        if (pole.carrierLegalForm() == null || pole.carrierLegalForm().isBlank()) {
            throw new InvalidField("carrierLegalForm", "validation.required");
        }
        if (!Email.isValid(pole.animatorEmail())) {
            throw new InvalidField("animatorEmail", "validation.email");
        }
        String email = new Email(pole.animatorEmail()).value();
        String token = Tokens.newToken();
        PoleId created;
        try {
            created = poles.create(new NewPole(pole.name().strip(), strip(pole.territory()), strip(pole.description()),
                    pole.carrierName().strip(), pole.carrierLegalForm(), pole.carrierEss(),
                    pole.animatorFirstName().strip(), pole.animatorLastName().strip(), email), email,
                    Tokens.hash(token));
        } catch (DuplicateKeyException e) {
            throw new InvalidField(e.getMessage() != null && e.getMessage().contains("pole_name_key") ? "name"
                    : "animatorEmail", e.getMessage() != null && e.getMessage().contains("pole_name_key")
                    ? "pole.name-taken" : "organisation.invite.email-taken");
        }
        // create_pole wrote the POLE_CREATED and INVITED audit rows in the new pole, where the administrator holds no role
        outbox.send(email, org.coopole.common.Language.DEFAULT, MailTemplate.POLE_CREATED, java.util.Map.of(
                "firstName", pole.animatorFirstName().strip(), "pole", pole.name().strip(),
                "link", outbox.link("invitation/" + token)));
        return created;
    }

    private static String text(String field, String value, int max, boolean required) {
        return TextRules.require(field, value, max, required);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}

package org.coopole;

import org.coopole.audit.AuditAction;
import org.coopole.audit.AuditQuery;
import org.coopole.audit.AuditTrail;
import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.organisation.DirectoryQuery;
import org.coopole.organisation.InvitationData;
import org.coopole.organisation.InvitationService;
import org.coopole.organisation.LegalForm;
import org.coopole.organisation.MembershipService;
import org.coopole.organisation.NewMember;
import org.coopole.organisation.OrganisationData;
import org.coopole.organisation.OrganisationService;
import org.coopole.pole.PoleData;
import org.coopole.pole.PoleService;
import org.coopole.security.AccountService;
import org.coopole.security.PoleRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;

/**
 * The first wall, method by method: the animator and manager of pole A (Vallée Coopère) calls every service method
 * that takes a pole with pole B's (Ardèche Solidaire) id and B's rows. Each call is refused, and each refusal is in
 * A's audit trail. (The database's own wall is {@code RowLevelSecurityTest}.)
 */
@CoopoleTest
class PoleIsolationTest {

    @Autowired
    PoleService poles;
    @Autowired
    OrganisationService organisations;
    @Autowired
    InvitationService invitations;
    @Autowired
    MembershipService memberships;
    @Autowired
    AuditTrail audit;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    Owner owner;

    PoleId vallee;
    PoleId ardeche;
    OrganisationId epicerie;
    PersonId lucie;

    @BeforeEach
    void poles() {
        signIn.as(DemoPeople.OTHER_POLE);
        ardeche = accounts.me().currentPole().orElseThrow().poleId();
        signIn.as(DemoPeople.ANIMATOR);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
        epicerie = owner.db().select(ORGANISATION.ID).from(ORGANISATION)
                .where(ORGANISATION.NAME.eq("Épicerie Paysanne d'Annonay")).fetchOne(ORGANISATION.ID);
        lucie = owner.db().select(PERSON.ID).from(PERSON).where(PERSON.EMAIL.eq(DemoPeople.OTHER_POLE))
                .fetchOne(PERSON.ID);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void everyServiceMethodRefusesAnotherPolesDataAndTheRefusalIsAudited() {
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("PoleService.profile", () -> poles.profile(ardeche));
        calls.put("PoleService.updateProfile", () -> poles.updateProfile(ardeche, new PoleData("x", "", "", "")));
        calls.put("OrganisationService.directory", () -> organisations.directory(ardeche, DirectoryQuery.all(10)));
        calls.put("OrganisationService.count", () -> organisations.count(ardeche, DirectoryQuery.all(10)));
        calls.put("OrganisationService.tags", () -> organisations.tags(ardeche));
        calls.put("OrganisationService.page", () -> organisations.page(ardeche, epicerie));
        calls.put("OrganisationService.editableProfile", () -> organisations.editableProfile(ardeche));
        calls.put("OrganisationService.updateProfile", () -> organisations.updateProfile(ardeche,
                new OrganisationData("x", LegalForm.OTHER, false, null, "", null, "", "", List.of())));
        calls.put("OrganisationService.setManager", () -> organisations.setManager(ardeche, lucie, false));
        calls.put("OrganisationService.deactivate", () -> organisations.deactivate(ardeche, lucie));
        calls.put("InvitationService.invite", () -> invitations.invite(ardeche,
                new InvitationData("A", "B", "a.b@x.example", PoleRole.MEMBER)));
        calls.put("MembershipService.members", () -> memberships.members(ardeche));
        calls.put("MembershipService.decreeMix", () -> memberships.decreeMix(ardeche));
        calls.put("MembershipService.admit", () -> memberships.admit(ardeche,
                new NewMember("X", LegalForm.OTHER, false, "A", "B", "a.b@x.example")));
        calls.put("MembershipService.acceptRequest", () -> memberships.acceptRequest(ardeche, epicerie));
        calls.put("MembershipService.end", () -> memberships.end(ardeche, epicerie));
        calls.put("MembershipService.people", () -> memberships.people(ardeche));
        calls.put("MembershipService.setAnimator", () -> memberships.setAnimator(ardeche, lucie, false));
        calls.put("MembershipService.joinablePoles", () -> memberships.joinablePoles(ardeche));
        calls.put("MembershipService.requestToJoin", () -> memberships.requestToJoin(ardeche, vallee));
        calls.put("AuditTrail.search", () -> audit.search(ardeche, AuditQuery.latest(10)));
        calls.put("AuditTrail.count", () -> audit.count(ardeche, AuditQuery.latest(10)));
        calls.put("AccountService.switchPole", () -> accounts.switchPole(ardeche));

        AuditQuery refusals = new AuditQuery(AuditAction.REFUSED, "Camille", null, null, 0, 500);
        int before = audit.count(vallee, refusals);
        calls.forEach((name, call) -> assertThatThrownBy(call::run).as(name).isInstanceOf(AccessDeniedException.class));
        List<String> audited = audit.search(vallee, refusals).stream().map(e -> e.target()).toList();

        assertThat(audit.count(vallee, refusals) - before).isEqualTo(calls.size());
        calls.keySet().forEach(name -> assertThat(audited).as(name).anyMatch(t -> t.startsWith(name + "(")));
    }

    @Test
    void askingForAnotherPolesOrganisationThroughOnesOwnPoleFindsNothingAndIsAudited() {
        AuditQuery refusals = new AuditQuery(AuditAction.REFUSED, "OrganisationService.page", null, null, 0, 500);
        int before = audit.count(vallee, refusals);

        assertThat(organisations.page(vallee, epicerie)).isEmpty();

        assertThat(audit.count(vallee, refusals)).isEqualTo(before + 1);
    }
}

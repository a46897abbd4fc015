package org.coopole.organisation;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.SignIn;
import org.coopole.audit.AuditAction;
import org.coopole.audit.AuditEntry;
import org.coopole.audit.AuditQuery;
import org.coopole.audit.AuditTrail;
import org.coopole.common.InvalidField;
import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.demo.DemoData;
import org.coopole.pole.MembershipStatus;
import org.coopole.security.AccountService;
import org.coopole.security.PoleRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.PERSON;

/** The animator's work on memberships; every test is rolled back. */
@CoopoleTest
@Transactional
class MembershipServiceTest {

    @Autowired
    MembershipService memberships;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext db;
    @Autowired
    AuditTrail audit;

    PoleId vallee;
    PoleId ardeche;

    @BeforeEach
    void poles() {
        signIn.as(DemoPeople.OTHER_POLE);
        ardeche = accounts.me().currentPole().orElseThrow().poleId();
        signIn.as(DemoPeople.ANIMATOR);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theDemoPoleMeetsTheDecreesMixAndAThinPoleIsToldWhatItLacks() {
        DecreeMix mix = memberships.decreeMix(vallee);
        assertThat(mix).isEqualTo(new DecreeMix(12, 7, 2, 3));
        assertThat(mix.meetsDecree()).isTrue();

        signIn.as(DemoPeople.OTHER_POLE);
        DecreeMix thin = memberships.decreeMix(ardeche);
        assertThat(thin.missing()).containsExactly(DecreeMix.Missing.OTHER_ENTERPRISE, DecreeMix.Missing.OTHER_ACTOR);
    }

    @Test
    void anAdmittedOrganisationIsActiveAndItsManagerInvited() {
        memberships.admit(vallee, new NewMember("Boulangerie du Pont", LegalForm.COMPANY, false, "Jeanne", "Roche",
                "jeanne.roche@boulangerie-pont.example"));
        assertThat(memberships.members(vallee)).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo("Boulangerie du Pont");
            assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE);
        });
        assertThat(memberships.people(vallee)).extracting(PolePerson::name).contains("Jeanne Roche");
        assertThat(memberships.decreeMix(vallee).otherEnterprises()).isEqualTo(3);
        assertThat(audit.search(vallee, new AuditQuery(null, "boulangerie", null, null, 0, 10)))
                .extracting(AuditEntry::action)
                .containsExactlyInAnyOrder(AuditAction.MEMBER_ADMITTED, AuditAction.INVITED);
    }

    @Test
    void badInputWhenAdmittingIsRefusedFieldByField() {
        assertThatThrownBy(() -> memberships.admit(vallee, new NewMember("<b>x</b>", LegalForm.COMPANY, false,
                "Jeanne", "Roche", "jeanne@x.example")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("organisationName"));
        assertThatThrownBy(() -> memberships.admit(vallee, new NewMember("Boulangerie", LegalForm.COMPANY, false,
                "Jeanne", "Roche", "jeanne@")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("managerEmail"));
    }

    @Test
    void endingAMembershipKeepsItsHistoryAndTakesThePolesDataAwayFromItsPeople() {
        OrganisationId menuiserie = idOf("Menuiserie Durand");
        memberships.end(vallee, menuiserie);

        assertThat(memberships.members(vallee)).filteredOn(m -> m.id().equals(menuiserie)).singleElement()
                .satisfies(m -> {
                    assertThat(m.status()).isEqualTo(MembershipStatus.LEFT);
                    assertThat(m.leftOn()).isNotNull();
                });
        assertThat(audit.search(vallee, new AuditQuery(AuditAction.MEMBERSHIP_ENDED, "", null, null, 0, 10)))
                .first().satisfies(e -> {
                    assertThat(e.target()).isEqualTo("Menuiserie Durand");
                    assertThat(e.personName()).isEqualTo("Camille Martin");
                });
        signIn.as("marc.durand@menuiserie-durand.example");
        assertThat(accounts.me().poles()).isEmpty();
    }

    @Test
    void anAnimatorCannotEndTheirOwnOrganisationsMembershipNorLeaveThePoleWithoutAnimator() {
        OrganisationId fabrique = idOf("Tiers-Lieu La Fabrique");
        assertThatThrownBy(() -> memberships.end(vallee, fabrique)).isInstanceOf(OwnMembership.class);
        PersonId me = accounts.me().id();
        assertThatThrownBy(() -> memberships.setAnimator(vallee, me, false)).isInstanceOf(OwnMembership.class);
    }

    @Test
    void anAnimatorNamesAnotherAnimator() {
        PersonId nadia = db.select(PERSON.ID).from(PERSON).where(PERSON.EMAIL.eq(DemoPeople.MANAGER)).fetchOne(PERSON.ID);
        memberships.setAnimator(vallee, nadia, true);
        assertThat(audit.search(vallee, new AuditQuery(AuditAction.ROLE_GRANTED, nadia.toString(), null, null, 0, 10)))
                .singleElement().extracting(AuditEntry::detail).isEqualTo("ANIMATOR");
        signIn.as(DemoPeople.MANAGER);
        assertThat(accounts.me().currentPole().orElseThrow().roles())
                .containsExactlyInAnyOrder(PoleRole.ANIMATOR, PoleRole.ORGANISATION_MANAGER);
    }

    @Test
    void anOrganisationAsksToJoinAnotherPoleAndItsAnimatorAccepts() {
        signIn.as(DemoPeople.MANAGER);
        assertThat(memberships.joinablePoles(vallee)).extracting(JoinablePole::name).containsExactly(DemoData.ARDECHE);
        assertThat(memberships.requestToJoin(vallee, ardeche)).isTrue();
        assertThat(memberships.requestToJoin(vallee, ardeche)).isFalse();

        signIn.as(DemoPeople.OTHER_POLE);
        PoleMember request = memberships.members(ardeche).stream()
                .filter(m -> m.status() == MembershipStatus.REQUESTED).findFirst().orElseThrow();
        assertThat(request.name()).isEqualTo("La Ressourcerie du Val");
        assertThat(request.requestedBy()).isEqualTo("Nadia Benali");
        memberships.acceptRequest(ardeche, request.id());

        signIn.as(DemoPeople.MANAGER);
        assertThat(accounts.me().poles()).extracting(p -> p.poleName()).contains(DemoData.ARDECHE);
        signIn.as(DemoPeople.MEMBER);
        assertThat(accounts.me().poles()).filteredOn(p -> p.poleName().equals(DemoData.ARDECHE)).singleElement()
                .satisfies(p -> assertThat(p.roles()).containsExactly(PoleRole.MEMBER));
    }

    @Test
    void aMemberOrAManagerCannotDoTheAnimatorsWorkNorCanAnotherPolesAnimator() {
        OrganisationId menuiserie = idOf("Menuiserie Durand");
        for (String who : new String[] {DemoPeople.MEMBER, DemoPeople.MANAGER, DemoPeople.OTHER_POLE}) {
            signIn.as(who);
            assertThatThrownBy(() -> memberships.members(vallee)).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> memberships.end(vallee, menuiserie)).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> memberships.admit(vallee, new NewMember("X", LegalForm.OTHER, false, "A", "B",
                    "a.b@x.example"))).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> memberships.decreeMix(vallee)).as(who).isInstanceOf(AccessDeniedException.class);
        }
    }

    private OrganisationId idOf(String name) {
        return memberships.members(vallee).stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().id();
    }
}

package org.coopole.security;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.SignIn;
import org.coopole.common.InvalidField;
import org.coopole.common.Language;
import org.coopole.common.PoleId;
import org.coopole.demo.DemoData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.PERSON;

@CoopoleTest
@Transactional
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext db;
    @Autowired
    PasswordEncoder passwords;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theAnimatorSeesTheirOrganisationTheirPoleAndTheirRolesThere() {
        signIn.as(DemoPeople.ANIMATOR);
        Account me = accounts.me();
        assertThat(me.displayName()).isEqualTo("Camille Martin");
        assertThat(me.organisationName()).isEqualTo("Tiers-Lieu La Fabrique");
        assertThat(me.language()).isEqualTo(Language.FR);
        assertThat(me.poles()).singleElement().satisfies(pole -> {
            assertThat(pole.poleName()).isEqualTo(DemoData.VALLEE);
            assertThat(pole.roles()).containsExactlyInAnyOrder(PoleRole.ANIMATOR, PoleRole.ORGANISATION_MANAGER);
        });
        assertThat(me.currentPole()).map(Account.PoleMembership::poleName).contains(DemoData.VALLEE);
    }

    @Test
    void aPersonWhoseOrganisationIsInTwoPolesSwitchesPoleAndItIsRemembered() {
        signIn.as(DemoPeople.TWO_POLES);
        Account before = accounts.me();
        assertThat(before.poles()).extracting(Account.PoleMembership::poleName)
                .containsExactlyInAnyOrder(DemoData.VALLEE, DemoData.ARDECHE);
        Account.PoleMembership other = before.poles().stream()
                .filter(p -> !p.equals(before.currentPole().orElseThrow())).findFirst().orElseThrow();

        accounts.switchPole(other.poleId());

        assertThat(accounts.me().currentPole()).contains(other);
    }

    @Test
    void nobodyCanSwitchToAPoleTheyAreNotAMemberOf() {
        signIn.as(DemoPeople.OTHER_POLE);
        PoleId ardeche = accounts.me().currentPole().orElseThrow().poleId();
        signIn.as(DemoPeople.MEMBER);
        assertThatThrownBy(() -> accounts.switchPole(ardeche)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.switchPole(new PoleId(UUID.randomUUID())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.me().currentPole().orElseThrow().poleName()).isEqualTo(DemoData.VALLEE);
    }

    @Test
    void theChosenLanguageIsKeptWithTheAccount() {
        signIn.as(DemoPeople.MANAGER);
        accounts.changeLanguage(Language.EN);
        assertThat(accounts.me().language()).isEqualTo(Language.EN);
    }

    @Test
    void thePlatformAdministratorBelongsToNoPoleAndNoOrganisation() {
        signIn.as(DemoPeople.PLATFORM_ADMIN);
        Account me = accounts.me();
        assertThat(me.platformAdmin()).isTrue();
        assertThat(me.poles()).isEmpty();
        assertThat(me.organisationName()).isNull();
    }

    @Test
    void nobodySignedInHasNoAccount() {
        assertThatThrownBy(() -> accounts.me()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aPersonUpdatesTheirNameAndPhone() {
        signIn.as(DemoPeople.MANAGER);
        accounts.updateProfile(new ProfileData("  Nadia ", "Benali-Durand", "+33 4 75 00 00 00"));
        Account me = accounts.me();
        assertThat(me.displayName()).isEqualTo("Nadia Benali-Durand");
        assertThat(me.phone()).isEqualTo("+33 4 75 00 00 00");
    }

    @Test
    void markupOrAnEmptyNameIsRefusedFieldByFieldAndNothingIsStored() {
        signIn.as(DemoPeople.MANAGER);
        assertThatThrownBy(() -> accounts.updateProfile(new ProfileData("<script>x</script>", "Benali", "")))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.field()).isEqualTo("firstName");
                    assertThat(e.messageKey()).isEqualTo("validation.no-markup");
                });
        assertThatThrownBy(() -> accounts.updateProfile(new ProfileData("Nadia", " ", "")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("lastName"));
        assertThatThrownBy(() -> accounts.updateProfile(new ProfileData("Nadia", "B".repeat(101), "")))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.too-long"));
        assertThatThrownBy(() -> accounts.updateProfile(new ProfileData("Nadia", "Benali", "call me")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("phone"));
        assertThat(accounts.me().displayName()).isEqualTo("Nadia Benali");
    }

    @Test
    void changingThePasswordAsksForTheCurrentOneAndAppliesThePolicy() {
        signIn.as(DemoPeople.MANAGER);
        assertThatThrownBy(() -> accounts.changePassword("not my password", "la camionnette bleue part jeudi"))
                .isInstanceOf(WrongCurrentPassword.class);
        assertThatThrownBy(() -> accounts.changePassword(DemoData.PASSWORD, "password1234"))
                .isInstanceOfSatisfying(WeakPassword.class,
                        e -> assertThat(e.problem()).isEqualTo(PasswordPolicy.Problem.TOO_GUESSABLE));

        accounts.changePassword(DemoData.PASSWORD, "la camionnette bleue part jeudi");

        // still inside this test's transaction: sign in as the form would, the database comparing the hashes
        String setting = org.coopole.db.Routines.signInSetting(db.configuration(), DemoPeople.MANAGER);
        assertThat(db.selectFrom(org.coopole.db.Tables.SIGN_IN.call(DemoPeople.MANAGER,
                PasswordCandidate.of(setting, "la camionnette bleue part jeudi").orElseThrow())).fetch()).hasSize(1);
        assertThat(db.selectFrom(org.coopole.db.Tables.SIGN_IN.call(DemoPeople.MANAGER,
                PasswordCandidate.of(setting, DemoData.PASSWORD).orElseThrow())).fetch()).isEmpty();
    }
}

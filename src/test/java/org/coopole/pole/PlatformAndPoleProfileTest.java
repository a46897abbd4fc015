package org.coopole.pole;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.SignIn;
import org.coopole.TestMailServer;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.demo.DemoData;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The platform administrator's poles, and the animator's pole profile; every test is rolled back. */
@CoopoleTest
@Transactional
@org.springframework.test.context.event.RecordApplicationEvents
class PlatformAndPoleProfileTest {

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    @Autowired
    PoleService poles;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void thePlatformAdministratorSeesThePolesWithTheirMemberCountsOnly() {
        signIn.as(DemoPeople.PLATFORM_ADMIN);
        assertThat(poles.overview()).extracting(PoleOverview::name, PoleOverview::activeMembers)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DemoData.ARDECHE, 3),
                        org.assertj.core.groups.Tuple.tuple(DemoData.VALLEE, 12));
    }

    @Test
    void thePlatformAdministratorCreatesAPoleWhoseFirstAnimatorIsInvited() {
        signIn.as(DemoPeople.PLATFORM_ADMIN);
        PoleId created = poles.create(new NewPole("Pôle Coopératif du Diois", "Diois", "Un nouveau pôle.",
                "Association Diois Coopère", "ASSOCIATION", true, "Rémi", "Faure", "remi.faure@diois.example"));

        assertThat(created).isNotNull();
        assertThat(poles.overview()).extracting(PoleOverview::name).contains("Pôle Coopératif du Diois");
        // the email is asked for in the creation's transaction, and would leave once it commits (this one rolls back)
        assertThat(events.stream(org.coopole.mail.MailRequest.class)).singleElement().satisfies(email -> {
            assertThat(email.to()).isEqualTo("remi.faure@diois.example");
            assertThat(email.template()).isEqualTo(org.coopole.mail.MailTemplate.POLE_CREATED);
            assertThat(email.params()).containsEntry("firstName", "Rémi").containsEntry("pole", "Pôle Coopératif du Diois");
            assertThat(TestMailServer.linkIn(email.params().get("link") + " ", "/invitation/")).isNotBlank();
        });
    }

    @Test
    void aPoleNameOrAnimatorEmailAlreadyInUseIsRefused() {
        signIn.as(DemoPeople.PLATFORM_ADMIN);
        assertThatThrownBy(() -> poles.create(new NewPole("", "Diois", "", "Asso", "ASSOCIATION", true, "Rémi",
                "Faure", "remi@diois.example")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> poles.create(new NewPole("Autre pôle", "", "", "Asso", "ASSOCIATION", true, "Rémi",
                "Faure", "pas-un-email")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("animatorEmail"));
    }

    @Test
    void nobodyElseSeesThePlatformsPolesOrCreatesOne() {
        signIn.as(DemoPeople.ANIMATOR);
        assertThatThrownBy(() -> poles.overview()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> poles.create(new NewPole("X", "", "", "Asso", "ASSOCIATION", true, "A", "B",
                "a.b@x.example"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAnimatorEditsThePolesProfileAndCharterAndOthersCannot() {
        signIn.as(DemoPeople.ANIMATOR);
        PoleId vallee = accounts.me().currentPole().orElseThrow().poleId();
        poles.updateProfile(vallee, new PoleData(DemoData.VALLEE, "Vallée de la Drôme", "Mutualiser et coopérer.",
                "1. Chaque structure prête et emprunte."));
        assertThat(poles.profile(vallee).orElseThrow().charter()).isEqualTo("1. Chaque structure prête et emprunte.");
        assertThatThrownBy(() -> poles.updateProfile(vallee, new PoleData(DemoData.VALLEE, "", "<i>x</i>", "")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("description"));

        signIn.as(DemoPeople.MANAGER);
        assertThatThrownBy(() -> poles.updateProfile(vallee, new PoleData("Autre nom", "", "", "")))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoPeople.PLATFORM_ADMIN);
        assertThatThrownBy(() -> poles.updateProfile(vallee, new PoleData("Autre nom", "", "", "")))
                .isInstanceOf(AccessDeniedException.class);
    }
}

package org.coopole.pole;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.SignIn;
import org.coopole.common.PoleId;
import org.coopole.demo.DemoData;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CoopoleTest
class PoleServiceTest {

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
    void aMemberSeesTheirPolesProfileWithItsActiveMembers() {
        signIn.as(DemoPeople.MEMBER);
        PoleId vallee = accounts.me().currentPole().orElseThrow().poleId();
        Pole pole = poles.profile(vallee).orElseThrow();
        assertThat(pole.name()).isEqualTo(DemoData.VALLEE);
        assertThat(pole.territory()).isEqualTo("Vallée de la Drôme");
        assertThat(pole.activeMembers()).isEqualTo(12);
    }

    @Test
    void aMemberOfAnotherPoleCannotSeeThePole() {
        signIn.as(DemoPeople.MEMBER);
        PoleId vallee = accounts.me().currentPole().orElseThrow().poleId();
        signIn.as(DemoPeople.OTHER_POLE);
        assertThatThrownBy(() -> poles.profile(vallee)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePlatformAdministratorSeesNoPoleTheyAreNotAMemberOf() {
        signIn.as(DemoPeople.MEMBER);
        PoleId vallee = accounts.me().currentPole().orElseThrow().poleId();
        signIn.as(DemoPeople.PLATFORM_ADMIN);
        assertThatThrownBy(() -> poles.profile(vallee)).isInstanceOf(AccessDeniedException.class);
    }
}

package org.coopole.organisation;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.SignIn;
import org.coopole.common.OrganisationId;
import org.coopole.common.PoleId;
import org.coopole.security.AccountService;
import org.coopole.security.PoleRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CoopoleTest
class OrganisationServiceTest {

    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;

    PoleId vallee;
    PoleId ardeche;

    @BeforeEach
    void poles() {
        signIn.as(DemoPeople.OTHER_POLE);
        ardeche = accounts.me().currentPole().orElseThrow().poleId();
        signIn.as(DemoPeople.MEMBER);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theDirectoryListsThePolesActiveMembersByName() {
        assertThat(organisations.directory(vallee, DirectoryQuery.all(50))).hasSize(12)
                .extracting(OrganisationCard::name).startsWith("Atelier Vélo Solidaire");
        assertThat(organisations.count(vallee, DirectoryQuery.all(1))).isEqualTo(12);
    }

    @Test
    void theDirectoryFiltersByNameLegalFormEssAndTag() {
        assertThat(organisations.directory(vallee, new DirectoryQuery("ressour", null, null, "", 0, 50)))
                .extracting(OrganisationCard::name).containsExactly("La Ressourcerie du Val");
        assertThat(organisations.directory(vallee, new DirectoryQuery("", LegalForm.SCOP, null, "", 0, 50)))
                .extracting(OrganisationCard::name)
                .containsExactlyInAnyOrder("Coop'Bâtir", "Imprimerie Coopérative Drômoise");
        assertThat(organisations.directory(vallee, new DirectoryQuery("", null, false, "", 0, 50)))
                .allMatch(o -> !o.ess()).hasSize(5);
        assertThat(organisations.directory(vallee, new DirectoryQuery("", null, null, "mobilité", 0, 50)))
                .extracting(OrganisationCard::name)
                .containsExactlyInAnyOrder("Atelier Vélo Solidaire", "Transports Rivière");
        assertThat(organisations.directory(vallee, new DirectoryQuery("100%_\\", null, null, "", 0, 50))).isEmpty();
        assertThat(organisations.tags(vallee)).contains("réemploi", "mobilité", "énergie")
                .doesNotHaveDuplicates();
    }

    @Test
    void anOrganisationsPageShowsItsPeopleWithTheirRolesAndContactDetails() {
        OrganisationId ressourcerie = idOf("La Ressourcerie du Val");
        OrganisationPage page = organisations.page(vallee, ressourcerie).orElseThrow();
        assertThat(page.siret()).hasSize(14);
        assertThat(page.people()).extracting(OrganisationPage.Member::displayName)
                .containsExactly("Nadia Benali", "Louis Garnier");
        assertThat(page.people().getFirst().roles()).containsExactly(PoleRole.ORGANISATION_MANAGER);
        assertThat(page.people().getFirst().email()).isEqualTo(DemoPeople.MANAGER);
    }

    @Test
    void anOrganisationOfAnotherPoleIsNotFoundEvenWithItsExactId() {
        signIn.as(DemoPeople.OTHER_POLE);
        OrganisationId epicerie = organisations.directory(ardeche, new DirectoryQuery("Épicerie", null, null, "", 0, 5))
                .getFirst().id();
        signIn.as(DemoPeople.MEMBER);
        assertThat(organisations.page(vallee, epicerie)).isEmpty();
        assertThat(organisations.page(vallee, new OrganisationId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aMemberOfAnotherPoleGetsNothingOfThisPole() {
        OrganisationId ressourcerie = idOf("La Ressourcerie du Val");
        signIn.as(DemoPeople.OTHER_POLE);
        assertThatThrownBy(() -> organisations.directory(vallee, DirectoryQuery.all(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.page(vallee, ressourcerie)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.tags(vallee)).isInstanceOf(AccessDeniedException.class);
        // and asking for it through their own pole finds nothing either
        assertThat(organisations.page(ardeche, ressourcerie)).isEmpty();
    }

    private OrganisationId idOf(String name) {
        return organisations.directory(vallee, new DirectoryQuery(name, null, null, "", 0, 1)).getFirst().id();
    }
}

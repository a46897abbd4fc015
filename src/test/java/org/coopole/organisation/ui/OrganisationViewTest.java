package org.coopole.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import org.coopole.DemoPeople;
import org.coopole.common.OrganisationId;
import org.coopole.organisation.DirectoryQuery;
import org.coopole.organisation.OrganisationPage;
import org.coopole.organisation.OrganisationService;
import org.coopole.security.AccountService;
import org.coopole.shell.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class OrganisationViewTest extends ViewTestSupport {

    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;

    @Test
    void thePageShowsTheOrganisationAndItsPeople() {
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate("organisations/" + idInMyPole("Coop'Bâtir"));

        assertThat(_get(H1.class).getText()).isEqualTo("Coop'Bâtir");
        @SuppressWarnings("unchecked")
        Grid<OrganisationPage.Member> people = _get(Grid.class);
        assertThat(_size(people)).isEqualTo(2);
        assertThat(_get(people, 0).email()).isEqualTo("sarah.fontaine@coopbatir.example");

        // what it shares in the pole, each a link to the resource's page
        assertThat(_find(com.vaadin.flow.component.html.H2.class)).extracting(h -> h.getText())
                .contains("Ce que la structure partage");
        var shared = _get(com.vaadin.flow.component.html.UnorderedList.class,
                spec -> spec.withClasses("coopole-shared-resources"));
        assertThat(_find(shared, com.vaadin.flow.component.html.Anchor.class))
                .extracting(com.vaadin.flow.component.html.Anchor::getText)
                .contains("Bétonnière 160 L", "Conseil en rénovation énergétique");
        assertThat(_find(shared, com.vaadin.flow.component.html.Anchor.class))
                .allSatisfy(link -> assertThat(link.getHref()).startsWith("resources/"));
    }

    @Test
    void anOrganisationSharingNothingSaysSo() {
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate("organisations/" + idInMyPole("Menuiserie Durand"));
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class)).extracting(p -> p.getText())
                .contains("Cette structure ne partage encore rien dans le pôle.");
    }

    @Test
    void aGuessedOrEditedIdShowsNotFound() {
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate("organisations/" + UUID.randomUUID());
        assertThat(_find(H1.class)).extracting(H1::getText).containsExactly("Page introuvable");

        UI.getCurrent().navigate("organisations/not-a-uuid");
        assertThat(_find(H1.class)).extracting(H1::getText).containsExactly("Page introuvable");
    }

    @Test
    void aMemberOfAnotherPoleCannotOpenThisPolesOrganisation() {
        openAs(DemoPeople.MEMBER);
        OrganisationId ressourcerie = idInMyPole("La Ressourcerie du Val");
        closeUi();

        openAs(DemoPeople.OTHER_POLE);
        UI.getCurrent().navigate("organisations/" + ressourcerie);
        assertThat(_find(H1.class)).extracting(H1::getText).containsExactly("Page introuvable");
        assertThat(_find(Grid.class)).isEmpty();
    }

    private OrganisationId idInMyPole(String name) {
        return organisations.directory(accounts.me().currentPole().orElseThrow().poleId(),
                new DirectoryQuery(name, null, null, "", 0, 1)).getFirst().id();
    }
}

package org.coopole.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.coopole.DemoPeople;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class HomeViewTest extends ViewTestSupport {

    @Test
    void theHomeViewGreetsThePersonAndShowsTheirOrganisationAndPole() {
        openAs(DemoPeople.MANAGER);
        UI.getCurrent().navigate(HomeView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Bonjour, Nadia !");
        assertThat(_find(Card.class)).extracting(Card::getTitleAsText)
                .containsExactly("La Ressourcerie du Val", "Vallée Coopère");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("12 structures membres", "Votre rôle : référent·e de la structure");
    }

    @Test
    void thePlatformAdministratorIsToldTheyAreInNoPoleYet() {
        openAs(DemoPeople.PLATFORM_ADMIN);
        UI.getCurrent().navigate(HomeView.class);

        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Vous n’êtes encore membre d’aucun pôle.");
        assertThat(_find(Card.class)).extracting(Card::getTitleAsText)
                .containsExactly("Administration de la plateforme");
        // a person in no pole is offered no pole's places, only the platform's
        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class))
                .extracting(com.vaadin.flow.component.sidenav.SideNavItem::getLabel)
                .containsExactly("Accueil", "Plateforme");
    }
}

package org.coopole.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
                .contains("La Ressourcerie du Val", "Vallée Coopère");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("12 structures membres", "Votre rôle : référent·e de la structure");
    }

    @Test
    void theManagerSeesWhatWaitsForThemFirst() {
        openAs(DemoPeople.MANAGER);
        UI.getCurrent().navigate(HomeView.class);

        assertThat(_find(com.vaadin.flow.component.html.H2.class)).extracting(h -> h.getText())
                .containsExactly("À faire", "Votre structure et votre pôle");
        Card requests = _get(Card.class, spec -> spec.withClasses("coopole-todo-requests"));
        // the demo's requests for the Ressourcerie's van, at least (other tests may add theirs)
        assertThat(_find(requests, com.vaadin.flow.component.html.Span.class)).extracting(Span::getText)
                .anyMatch(t -> t.matches("\\d+ demandes attendent votre réponse"))
                .contains("Camion 20 m³");
        assertThat(_find(requests, com.vaadin.flow.component.html.Anchor.class))
                .extracting(com.vaadin.flow.component.html.Anchor::getHref).containsExactly("requests");
        Card news = _get(Card.class, spec -> spec.withClasses("coopole-todo-notifications"));
        assertThat(_find(news, Span.class)).extracting(Span::getText)
                .anyMatch(t -> t.matches("Notifications : \\d+ non lues?"));
        assertThat(_find(Card.class, spec -> spec.withClasses("coopole-todo-admissions")))
                .as("only an animator handles membership requests").isEmpty();
    }

    @Test
    void aMemberSeesTheirNextBookingsAndAnAnimatorThePolesRequestsAndMix() {
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate(HomeView.class);
        Card mine = _get(Card.class, spec -> spec.withClasses("coopole-todo-bookings"));
        assertThat(_find(mine, Span.class)).extracting(Span::getText)
                .contains("Grande salle de La Fabrique", "Conseil en rénovation énergétique")
                .noneMatch(t -> t.contains("Annulée") || t.contains("Refusée")); // nothing to act on
        assertThat(_find(Card.class, spec -> spec.withClasses("coopole-todo-requests")))
                .as("a member decides no requests").isEmpty();

        openAs(DemoPeople.ANIMATOR);
        UI.getCurrent().navigate(HomeView.class);
        _get(Card.class, spec -> spec.withClasses("coopole-todo-admissions"));
        Card mix = _get(Card.class, spec -> spec.withClasses("coopole-todo-decree"));
        assertThat(mix.getTitleAsText()).isNotBlank();
        assertThat(_find(mix, Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(t -> t.matches("\\d+ structures actives : .*"));
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
        assertThat(menuLabels())
                .containsExactly("Accueil", "Plateforme");
    }
}

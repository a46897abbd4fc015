package org.coopole.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import org.coopole.DemoPeople;
import org.coopole.common.Language;
import org.coopole.demo.DemoData;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutTest extends ViewTestSupport {

    @Autowired
    AccountService accounts;

    @Test
    void theShellShowsThePoleNameAndANavigationEntryForEachFeatureThatWorks() {
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate(HomeView.class);

        assertThat(_get(Span.class, spec -> spec.withClasses("coopole-navbar-title")).getText())
                .isEqualTo(DemoData.VALLEE);
        // a member sees the places that work for members; the manager's and the animator's are not offered
        assertThat(menuLabels())
                .containsExactly("Accueil", "Structures membres", "Ressources partagées", "Réservations", "Quotas et crédits", "Messagerie",
                        "Projets");
    }

    @Test
    void theAnimatorWhoIsAlsoAManagerIsOfferedTheirPlacesToo() {
        openAs(DemoPeople.ANIMATOR);
        UI.getCurrent().navigate(HomeView.class);

        assertThat(menuLabels())
                .containsExactly("Accueil", "Structures membres", "Ma structure", "Ressources partagées",
                        "Nos ressources", "Réservations", "Quotas et crédits", "Demandes reçues", "Messagerie", "Projets", "Répartition des coûts",
                        "Indicateurs du pôle", "Animation du pôle", "Catalogue public",
                        "Signalements", "Données personnelles", "Journal d’audit");
    }

    @Autowired
    org.coopole.messaging.MessagingService messaging;

    @Test
    void unreadMessagesAreCountedBesideMessagingAndInTheTabsTitleUntilRead() {
        signIn.as(DemoPeople.ANIMATOR);
        var vallee = accounts.me().currentPole().orElseThrow().poleId();
        signIn.as("thomas.girard@energies-val.example");
        var thomas = accounts.me().id();
        signIn.as(DemoPeople.ANIMATOR);
        var conversation = messaging.direct(vallee, thomas);
        messaging.send(vallee, conversation, org.coopole.messaging.Draft.of("Bonjour Thomas, les panneaux arrivent jeudi."));

        openAs("thomas.girard@energies-val.example");
        UI.getCurrent().navigate(HomeView.class);
        NavigationMenu.Entry entry = messagingEntry();
        assertThat(entry.count()).isEqualTo(1);
        assertThat(entry.countLabel()).isEqualTo(", 1 message non lu");
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("(1) Accueil · Coopole");

        UI.getCurrent().navigate("messages", com.vaadin.flow.router.QueryParameters.of("c", conversation.toString()));
        UI.getCurrent().navigate(HomeView.class);
        assertThat(messagingEntry().count()).as("read: no count").isZero();
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Accueil · Coopole");
    }

    @Test
    void choosingEnglishInTheUserMenuIsRememberedForThePerson() {
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate(HomeView.class);

        openUserMenu();
        assertThat(choice("Français").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        _click(choice("English"));

        assertThat(accounts.me().language()).isEqualTo(Language.EN);
        assertThat(UI.getCurrent().getSession().getLocale().getLanguage()).isEqualTo("en");
    }

    @Test
    void onlyAPersonInSeveralPolesIsOfferedToSwitchPole() {
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate(HomeView.class);
        openUserMenu();
        assertThat(menuText()).contains("louis.garnier@ressourcerie-val.example", "Mon profil", "Se déconnecter")
                .doesNotContain("Changer de pôle");
        closeUi();

        openAs(DemoPeople.TWO_POLES);
        UI.getCurrent().navigate(HomeView.class);
        openUserMenu();
        assertThat(menuText()).contains("Changer de pôle", DemoData.ARDECHE);

        _click(choice(DemoData.ARDECHE));
        assertThat(accounts.me().currentPole().orElseThrow().poleName()).isEqualTo(DemoData.ARDECHE);
    }

    @Test
    void theUserMenuKeepsNothingWhileClosed() {
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(Div.class, spec -> spec.withClasses("coopole-user-menu-content"))).isEmpty();

        openUserMenu();
        assertThat(_find(Div.class, spec -> spec.withClasses("coopole-user-menu-content"))).hasSize(1);

        // a link of the menu navigates: the menu closes and its content goes
        UI.getCurrent().navigate("profile");
        assertThat(_get(Popover.class, spec -> spec.withClasses("coopole-user-popover")).isOpened()).isFalse();
        assertThat(_find(Div.class, spec -> spec.withClasses("coopole-user-menu-content"))).isEmpty();
    }

    private static NavigationMenu.Entry messagingEntry() {
        return _get(NavigationMenu.class).entries().stream().filter(e -> e.label().equals("Messagerie"))
                .findFirst().orElseThrow();
    }

    private static void openUserMenu() {
        _get(UserMenu.class).open();
    }

    private static String menuText() {
        return _get(Div.class, spec -> spec.withClasses("coopole-user-menu-content")).getElement().getTextRecursively();
    }

    private static Button choice(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }
}

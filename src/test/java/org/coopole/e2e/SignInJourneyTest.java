package org.coopole.e2e;

import org.coopole.DemoPeople;
import org.coopole.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** The first journey of every person, in real Chromium against the running app and its demo data. */
class SignInJourneyTest extends BrowserTest {

    @Test
    void whatThePolicyBlocksIsReportedSoThatEveryJourneyCatchesIt() throws InterruptedException {
        browser.open("/login");
        // a script loaded from elsewhere, as injected markup would try
        browser.script("var s = document.createElement('script'); s.src = 'https://cdn.example.invalid/x.js';"
                + " document.head.appendChild(s);");
        long deadline = System.currentTimeMillis() + 5000;
        java.util.List<String> reports = java.util.List.of();
        while (reports.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            reports = contentSecurityPolicy.takeReports();
        }
        org.assertj.core.api.Assertions.assertThat(reports).isNotEmpty()
                .anySatisfy(r -> org.assertj.core.api.Assertions.assertThat(r).contains("cdn.example.invalid"));
    }

    @Test
    void aManagerSignsInAndSeesTheirHomeInFrenchEvenInAnEnglishBrowser() {
        browser.open("/");
        assertThat(browser.path()).startsWith("/login");
        browser.waitForText("Connexion");
        assertThat(browser.cssOf(By.cssSelector(".coopole-login-card"), "border-radius")).isNotEqualTo("0px");
        browser.screenshot("login");
        String sessionBefore = browser.cookie("JSESSIONID");

        browser.signIn(DemoPeople.MANAGER, DemoData.PASSWORD);

        browser.waitForText("Bonjour, Nadia !");
        assertThat(browser.path()).isIn("/", "/?continue");
        assertThat(browser.text()).contains("La Ressourcerie du Val", DemoData.VALLEE, "12 structures membres",
                "Accueil");
        assertThat(browser.cookie("JSESSIONID")).as("session renewed at sign-in").isNotEqualTo(sessionBefore);
        browser.screenshot("home");

        browser.resize(390, 844);
        browser.waitForText("Bonjour, Nadia !");
        browser.screenshot("home-phone");
    }

    @Test
    void theSideMenuNavigatesWithoutAReloadAndMarksThePageShown() {
        browser.signIn(DemoPeople.ANIMATOR, DemoData.PASSWORD); // French, whatever the other journeys chose
        browser.waitForText("Bonjour, Camille !");
        assertThat(currentMenuEntry()).isEqualTo("Accueil");
        browser.markPage();

        browser.follow("Ressources partagées");
        browser.waitForText("Bétonnière 160 L");
        assertThat(browser.path()).isEqualTo("/resources");
        assertThat(currentMenuEntry()).isEqualTo("Ressources partagées");

        browser.followContaining("Bétonnière 160 L");
        browser.waitForText("Comment la réserver");
        assertThat(currentMenuEntry()).as("a resource lies under the catalogue").isEqualTo("Ressources partagées");
        assertThat(browser.stillMarked()).as("the router navigated; nothing reloaded").isTrue();

        // a new count redraws the menu (as when a message comes): the link at the keyboard's focus keeps it
        Object focused = browser.script("""
                const nav = document.querySelector('coopole-nav');
                [...nav.querySelectorAll('a')].find(a => a.textContent.trim() === 'Messagerie').focus();
                nav.entries = JSON.stringify(nav.entries.map(e => e.label === 'Messagerie'
                    ? {...e, count: '3', countLabel: ', 3 messages non lus'} : e));
                const now = document.activeElement;
                return [now.tagName, now.querySelector('.coopole-nav-label').textContent,
                    now.querySelector('.coopole-unread-count').textContent];""");
        assertThat(focused).hasToString("[A, Messagerie, 3]");
    }

    private String currentMenuEntry() {
        return String.valueOf(browser.script("const a = document.querySelector('coopole-nav a[aria-current=page]');"
                + " return a ? a.textContent.trim() : null;"));
    }

    @Test
    void aMemberSwitchesToEnglishAndCoopoleRemembersItAfterSigningOut() {
        browser.signIn(DemoPeople.BROWSER_MEMBER, DemoData.PASSWORD);
        browser.waitForText("Bonjour, Karim !");

        browser.userMenu("English");

        browser.waitForText("Hello, Karim!");
        assertThat(browser.text()).contains("Your organisation", "Home", "Coop'Bâtir", "12 member organisations");
        browser.screenshot("home-en");

        browser.userMenu("Sign out");
        browser.waitForText("Email address");
        assertThat(browser.path()).startsWith("/login");

        browser.signIn(DemoPeople.BROWSER_MEMBER, DemoData.PASSWORD);
        browser.waitForText("Hello, Karim!");
    }

    @Test
    void afterSigningOutTheHomePageIsNoLongerReachable() {
        browser.signIn(DemoPeople.ANIMATOR, DemoData.PASSWORD);
        browser.waitForText("Bonjour, Camille !");

        browser.userMenu("Se déconnecter");
        browser.waitForText("Connexion");

        browser.open("/");
        assertThat(browser.path()).startsWith("/login");
        assertThat(browser.text()).doesNotContain("Camille");
    }

    @Test
    void aWrongPasswordGetsAClearMessageAndNoSession() {
        browser.signIn(DemoPeople.MANAGER, "not-the-right-password");

        browser.waitForText("Adresse e-mail ou mot de passe incorrect");
        assertThat(browser.path()).isEqualTo("/login?error");
        browser.screenshot("login-error");

        browser.open("/");
        assertThat(browser.path()).startsWith("/login");
    }

    @Test
    void anUnknownAddressLeadsToSignInThenHomeAndSignedInToTheNotFoundPageInsideTheLayout() {
        browser.open("/no-such-page");
        browser.waitForText("Connexion");
        assertThat(browser.path()).startsWith("/login");

        browser.signIn(DemoPeople.MEMBER, DemoData.PASSWORD);
        browser.waitForText("Bonjour, Louis !");
        assertThat(browser.path()).as("not back to an address that is no page").isIn("/", "/?continue");

        for (String refused : new String[] {"/no-such-page", "/requests", "/audit", "/resources/not-an-id"}) {
            browser.open(refused);
            browser.waitForText("Page introuvable");
            // "(2) " before it when other tests left Louis messages to read
            assertThat(String.valueOf(browser.script("return document.title"))).as(refused)
                    .matches("(\\(\\d+\\) )?Page introuvable · Coopole");
            assertThat(browser.script("return document.querySelectorAll('h1').length")).as(refused).isEqualTo(1L);
            assertThat(browser.text()).as(refused + ": inside the layout").contains("Ressources partagées")
                    .doesNotContain("Exception", "HTTP ERROR");
        }
    }
}

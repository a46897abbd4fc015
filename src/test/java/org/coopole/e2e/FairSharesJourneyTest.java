package org.coopole.e2e;

import com.sun.net.httpserver.HttpServer;
import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.SignIn;
import org.coopole.api.PublicationService;
import org.coopole.api.PublicationSettings;
import org.coopole.booking.BookingService;
import org.coopole.common.Language;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.demo.DemoData;
import org.coopole.privacy.PersonalDataService;
import org.coopole.resource.ResourceData;
import org.coopole.resource.ResourceKind;
import org.coopole.resource.ResourceService;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopole.db.Tables.PERSON;

/**
 * Fair shares, second chances, people's own data and the pole's catalogue on its website, in real Chromium: a
 * manager sets a quota and a member is refused past it; a member joins a taken slot's waitlist and books it once it
 * is freed; a person asks for erasure and an animator sees it; the animators publish the catalogue and a website
 * frames it, the frame taking its content's height; a person makes an API token and revokes it.
 */
class FairSharesJourneyTest extends BrowserTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String MARC = "marc.durand@menuiserie-durand.example";

    @LocalServerPort
    int port;
    @Autowired
    ResourceService resources;
    @Autowired
    BookingService bookings;
    @Autowired
    PublicationService publication;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    Owner owner;

    PoleId vallee;

    @BeforeEach
    void inFrench() {
        owner.db().update(PERSON).set(PERSON.LANGUAGE, Language.FR)
                .where(PERSON.EMAIL.in(DemoPeople.MANAGER, DemoPeople.BROWSER_MEMBER, DemoPeople.ANIMATOR, MARC))
                .execute();
        signIn.as(DemoPeople.MANAGER);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
        signIn.out();
    }

    static LocalDate wednesday(int weeksAhead) {
        return LocalDate.now(PARIS).plusWeeks(weeksAhead).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
    }

    private ResourceId share(String name) {
        signIn.as(DemoPeople.MANAGER);
        ResourceId id = resources.share(vallee, new ResourceData(ResourceKind.EQUIPMENT, name, "", false));
        signIn.out();
        return id;
    }

    @Test
    void aManagerSetsAQuotaAndABookingPastItIsRefusedWithWhatIsLeftAndWhen() {
        String name = "Ponceuse " + UUID.randomUUID().toString().substring(0, 4);
        ResourceId sander = share(name);
        LocalDateTime from = wednesday(5).atTime(9, 0);

        browser.signIn(DemoPeople.MANAGER, DemoData.PASSWORD);
        browser.open("/quotas");
        browser.waitForText("Quotas que vous fixez");
        browser.press("Nouveau quota");
        browser.select("Ressource", name);
        browser.fillAny("Heures par période", "2");
        browser.pressInDialog("Enregistrer");
        browser.waitForText("Quota enregistré.");
        browser.waitForText("2 h par mois");
        browser.screenshot("quotas");

        browser.clearCookies();
        browser.signIn(DemoPeople.BROWSER_MEMBER, DemoData.PASSWORD);
        browser.open("/resources/" + sander.value() + "?from=" + from + "&to=" + from.plusHours(3));
        browser.press("Réserver");
        browser.fillAny("Objet", "Ponçage du parquet");
        browser.pressInDialog("Réserver");
        browser.waitForText("Quota de votre structure pour « " + name + " » : 2 h par mois. Il lui reste 2 h");
        assertThat(browser.valueOf("Objet")).isEqualTo("Ponçage du parquet");
        browser.screenshot("quota-refused");
        browser.open("/quotas");
        browser.waitForText(name + " — Mois");
        browser.waitForText("0 min réservées sur 2 h — reste 2 h");
    }

    @Test
    void aMemberWaitsForATakenSlotAndBooksItOnceItIsFreed() {
        String name = "Bétonnière " + UUID.randomUUID().toString().substring(0, 4);
        ResourceId mixer = share(name);
        LocalDateTime from = wednesday(6).atTime(14, 0);
        signIn.as(MARC);
        bookings.book(vallee, mixer, from.atZone(PARIS).toInstant(), from.plusHours(2).atZone(PARIS).toInstant(), "");
        signIn.out();

        browser.signIn(DemoPeople.BROWSER_MEMBER, DemoData.PASSWORD);
        browser.open("/resources/" + mixer.value() + "?from=" + from + "&to=" + from.plusHours(2));
        browser.press("Réserver");
        browser.fillAny("Objet", "Dalle du garage");
        browser.pressInDialog("Réserver");
        browser.waitForText("ou rejoignez la liste d’attente du créneau");
        browser.pressInDialog("Rejoindre la liste d’attente");
        browser.waitForText("Vous êtes sur la liste d’attente de « " + name + " »");
        browser.open("/bookings");
        browser.follow("Mes listes d’attente");
        browser.waitForText("En attente : vous êtes le premier.");

        signIn.as(MARC);
        var taken = bookings.busy(vallee, mixer, from.atZone(PARIS).toInstant(), from.plusHours(2).atZone(PARIS)
                .toInstant()).getFirst();
        bookings.cancel(vallee, taken.id());
        signIn.out();

        browser.open("/waitlist");
        browser.waitForText("Le créneau s’est libéré ! Il est gardé pour vous jusqu’au");
        browser.screenshot("waitlist");
        browser.pressLabelled("Réserver « " + name + " »");
        browser.fillAny("Objet", "Dalle du garage");
        browser.pressInDialog("Réserver");
        browser.waitForText("« " + name + " » est réservé pour vous.");
        browser.waitForText("Réservé");
    }

    @Test
    void aPersonAsksForErasureAndAnAnimatorSeesTheRequestAndTheRetention() {
        browser.signIn(DemoPeople.BROWSER_MEMBER, DemoData.PASSWORD);
        browser.open("/profile");
        browser.follow("Mes données : télécharger, demander l’effacement");
        browser.waitForText("Télécharger mes données (ZIP)");
        browser.press("Demander l’effacement de mon compte");
        browser.waitForText("l’effacement est définitif");
        browser.press("Oui, effacer mon compte");
        browser.waitForText("Votre demande d’effacement attend d’être confirmée.");
        browser.screenshot("my-data");

        browser.clearCookies();
        browser.signIn(DemoPeople.ANIMATOR, DemoData.PASSWORD);
        browser.open("/personal-data");
        browser.waitForText("Karim Haddad");
        browser.waitForText("Durées de conservation");
        browser.fillAny("Messages", "5");
        browser.press("Enregistrer les durées");
        browser.waitForText("Indiquez un nombre de jours entre 30 et");
        browser.screenshot("personal-data");

        browser.clearCookies();
        browser.signIn(DemoPeople.BROWSER_MEMBER, DemoData.PASSWORD);
        browser.open("/my-data");
        browser.press("Retirer ma demande");
        browser.waitForText("Demande retirée.");
    }

    @Test
    void theAnimatorsPublishTheCatalogueAndAWebsiteFramesItAtItsContentsHeight() throws Exception {
        String name = "Scie sauteuse " + UUID.randomUUID().toString().substring(0, 4);
        share(name);
        browser.signIn(DemoPeople.ANIMATOR, DemoData.PASSWORD);
        browser.open("/public-catalogue");
        browser.waitForText("Publier le catalogue");
        browser.choose("Publier le catalogue");
        browser.choose("Montrer les créneaux occupés (sans dire par qui)");
        browser.press("Enregistrer");
        browser.waitForText("Catalogue public enregistré.");
        browser.screenshot("public-catalogue-settings");

        // a pole's website on another origin, with the code the page gives
        HttpServer website = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String page = "http://localhost:" + port + "/public/poles/" + vallee.value() + "/catalogue";
        byte[] html = ("<!DOCTYPE html><html lang=\"fr\"><head><title>Le pôle</title></head><body><h1>Notre pôle</h1>"
                + org.coopole.api.Embed.code(page) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        website.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        website.start();
        try {
            browser.openUrl("http://127.0.0.1:" + website.getAddress().getPort() + "/");
            org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(
                    browser.driver(), java.time.Duration.ofSeconds(20));
            wait.until(d -> !"600".equals(String.valueOf(browser.script(
                    "return document.getElementById('coopole-catalogue').getAttribute('height')"))));
            int height = Integer.parseInt(String.valueOf(browser.script(
                    "return document.getElementById('coopole-catalogue').getAttribute('height')")));
            assertThat(height).isGreaterThan(200); // the frame took the height its page reported
            browser.driver().switchTo().frame("coopole-catalogue");
            assertThat(browser.driver().getPageSource()).contains(name, "Demander cette ressource");
            browser.driver().switchTo().defaultContent();
        } finally {
            website.stop(0);
            signIn.as(DemoPeople.ANIMATOR);
            publication.save(vallee, new PublicationSettings(false, false, false, Set.of()));
            signIn.out();
        }
        browser.open("/");
    }

    @Test
    void aPersonMakesAnApiTokenSeesItOnceAndRevokesIt() {
        browser.signIn(DemoPeople.BROWSER_MEMBER, DemoData.PASSWORD);
        browser.open("/profile");
        browser.follow("Mes jetons d’API : relier un autre outil à Coopole");
        browser.fill("Nom du jeton", "Tableur de suivi");
        browser.choose("Lecture et écriture (réserver)");
        browser.press("Créer le jeton");
        browser.waitForText("Copiez-le maintenant : il ne sera plus affiché.");
        assertThat(browser.valueOf("Votre nouveau jeton")).startsWith("cpl_");
        browser.screenshot("api-tokens");
        browser.pressLabelled("Révoquer le jeton « Tableur de suivi »");
        browser.waitForText("Jeton révoqué : il ne donne plus accès.");
    }
}

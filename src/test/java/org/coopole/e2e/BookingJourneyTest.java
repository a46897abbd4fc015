package org.coopole.e2e;

import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.SignIn;
import org.coopole.booking.BookingService;
import org.coopole.common.Language;
import org.coopole.common.ResourceId;
import org.coopole.demo.DemoData;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.RESOURCE;

/**
 * Sharing and booking in real Chromium, as demo people of different organisations: a room needing approval is
 * shared, found with "free from … to …", requested, approved, and shown taken to others; a repeating booking with
 * a conflict; a race lost, explained, with what was typed kept.
 */
class BookingJourneyTest extends BrowserTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    BookingService bookings;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    Owner owner;

    /** These journeys read French: another test may have left one of these people in English. */
    @BeforeEach
    void inFrench() {
        owner.db().update(PERSON).set(PERSON.LANGUAGE, Language.FR)
                .where(PERSON.EMAIL.in(DemoPeople.MANAGER, DemoPeople.BROWSER_MEMBER, "ines.roux@atelier-velo.example"))
                .execute();
    }

    /** A Tuesday at least a week ahead (weeks apart for each test, so that they never meet). */
    static LocalDate tuesday(int weeksAhead) {
        return LocalDate.now(PARIS).plusWeeks(weeksAhead).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
    }

    @Test
    void aRoomNeedingApprovalIsSharedFoundRequestedApprovedAndShownTakenToOthers() {
        String room = "Salle du conseil " + UUID.randomUUID().toString().substring(0, 4);
        LocalDateTime from = tuesday(1).atTime(10, 0);

        browser.signIn(DemoPeople.MANAGER, DemoData.PASSWORD);
        browser.waitForText("Bonjour, Nadia !");
        browser.open("/my-resources");
        browser.press("Partager une ressource");
        browser.waitForText("La ressource");
        browser.fill("Nom", room);
        browser.fillAny("Capacité (personnes)", "12");
        browser.choose("Les réservations attendent notre validation");
        browser.fill("Mots-clés", "réunion, ressourcerie");
        browser.screenshot("share-resource");
        browser.press("Enregistrer");
        browser.waitForText("Ressource enregistrée.");

        browser.clearCookies();
        browser.signIn(DemoPeople.BROWSER_MEMBER, DemoData.PASSWORD);
        browser.waitForText("Bonjour, Karim !");
        browser.open("/resources");
        browser.pick("Libre du", from);
        browser.pick("au", from.plusHours(2));
        browser.press("Chercher ce qui est libre");
        browser.waitForText(room);
        browser.screenshot("catalogue-free");
        browser.follow(room);
        browser.waitForText("Comment la réserver");
        browser.waitForText("Chaque réservation est d’abord une demande");
        browser.press("Demander");
        browser.fillAny("Objet", "Réunion de chantier");
        browser.screenshot("booking-dialog");
        browser.pressInDialog("Demander");
        browser.waitForText("Demande envoyée");
        browser.waitForText("Coop'Bâtir (demande)");
        browser.screenshot("resource-calendar");

        browser.clearCookies();
        browser.signIn(DemoPeople.MANAGER, DemoData.PASSWORD);
        browser.open("/requests");
        browser.waitForText(room);
        browser.waitForText("Réunion de chantier");
        browser.screenshot("requests");
        browser.pressLabelled("Confirmer la demande de Coop'Bâtir pour « " + room + " »");
        browser.waitForText("Réservation de Coop'Bâtir confirmée.");

        browser.clearCookies();
        browser.signIn(DemoPeople.BROWSER_MEMBER, DemoData.PASSWORD);
        browser.open("/resources/" + resourceNamed(room) + "?from=" + from + "&to=" + from.plusHours(2));
        browser.waitForText("Coop'Bâtir · Réunion de chantier");
        assertThat(browser.text()).doesNotContain("Coop'Bâtir (demande)");
        browser.pressLabelled("Notifications");
        browser.waitForText("Salle du conseil");
        browser.waitForText("a confirmé votre réservation de « " + room + " »");
        browser.screenshot("notifications");

        // a member of a third organisation sees the slot taken, by whom, and nothing of its purpose
        browser.clearCookies();
        browser.signIn("ines.roux@atelier-velo.example", DemoData.PASSWORD);
        browser.open("/resources/" + resourceNamed(room) + "?from=" + from + "&to=" + from.plusHours(2));
        browser.waitForText("Coop'Bâtir");
        assertThat(browser.text()).doesNotContain("Réunion de chantier", "Karim");
    }

    @Test
    void aRepeatingBookingShowsItsConflictFirstAndBooksTheFreeDates() {
        ResourceId cargo = resourceNamed("Vélo-cargo électrique");
        LocalDateTime first = tuesday(3).atTime(14, 0);
        signIn.as("julie.riviere@transports-riviere.example");
        bookings.book(accounts.me().currentPole().orElseThrow().poleId(), cargo,
                first.plusWeeks(2).atZone(PARIS).toInstant(), first.plusWeeks(2).plusHours(1).atZone(PARIS).toInstant(),
                "Livraison");
        signIn.out();

        browser.signIn(DemoPeople.BROWSER_MEMBER, DemoData.PASSWORD);
        browser.open("/resources/" + cargo + "?from=" + first + "&to=" + first.plusHours(2));
        browser.press("Réserver");
        browser.fillAny("Objet", "Tournée des chantiers");
        browser.choose("Chaque semaine");
        browser.fillAny("Nombre de dates", "4");
        browser.press("Vérifier les dates");
        browser.waitForText("3 dates libres sur 4");
        browser.waitForText("déjà pris");
        browser.screenshot("repeat-conflict");
        browser.pressInDialog("Réserver");
        browser.waitForText("3 dates réservées, 1 laissée de côté.");
    }

    @Test
    void aRaceLostIsExplainedAndWhatWasTypedIsKept() {
        ResourceId room = resourceNamed("Salle de formation Les Tilleuls");
        LocalDateTime from = tuesday(5).atTime(9, 0);

        browser.signIn(DemoPeople.BROWSER_MEMBER, DemoData.PASSWORD);
        browser.open("/resources/" + room + "?from=" + from + "&to=" + from.plusHours(3));
        browser.press("Réserver");
        browser.fillAny("Objet", "Formation des bénévoles");

        // meanwhile, somebody of another organisation books an overlapping slot
        signIn.as("ines.roux@atelier-velo.example");
        bookings.book(accounts.me().currentPole().orElseThrow().poleId(), room,
                from.plusHours(1).atZone(PARIS).toInstant(), from.plusHours(2).atZone(PARIS).toInstant(), "");
        signIn.out();

        browser.pressInDialog("Réserver");
        browser.waitForText("Ce créneau vient d’être pris par une autre organisation");
        assertThat(browser.valueOf("Objet")).isEqualTo("Formation des bénévoles");
        browser.waitForText("Atelier Vélo Solidaire");
        browser.screenshot("race-lost");
    }

    private ResourceId resourceNamed(String name) {
        return owner.db().select(RESOURCE.ID).from(RESOURCE).where(RESOURCE.NAME.eq(name)).fetchSingle(RESOURCE.ID);
    }
}

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
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.RESOURCE;

/**
 * By keyboard alone: the skip link first, past the menus; the calendar reached by Tab, its slots chosen with the
 * arrows and announced (free, or taken and by whom), a free one requested with Enter; a photo opened by keyboard.
 */
class KeyboardJourneyTest extends BrowserTest {

    @Autowired
    BookingService bookings;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    Owner owner;

    @BeforeEach
    void inFrench() {
        owner.db().update(PERSON).set(PERSON.LANGUAGE, Language.FR)
                .where(PERSON.EMAIL.eq(DemoPeople.BROWSER_MEMBER)).execute();
    }

    @Test
    void theSkipLinkComesFirstAndLeadsToThePagesContent() {
        browser.signIn(DemoPeople.BROWSER_MEMBER, DemoData.PASSWORD);
        browser.waitForText("Bonjour, Karim !");
        browser.open("/resources");
        browser.keys(Keys.TAB);
        assertThat(browser.focused()).contains("Aller au contenu");
        browser.keys(Keys.ENTER);
        assertThat(browser.focused()).contains("coopole-main");
        assertThat(browser.path()).startsWith("/resources");
    }

    @Test
    void aSlotIsReadChosenAndRequestedByKeyboardAlone() {
        ResourceId room = owner.db().select(RESOURCE.ID).from(RESOURCE)
                .where(RESOURCE.NAME.eq("Salle de formation Les Tilleuls")).fetchSingle(RESOURCE.ID);
        LocalDateTime tuesday = BookingJourneyTest.tuesday(7).atTime(0, 0);
        // another organisation holds Tuesday 14:00–16:00
        signIn.as("ines.roux@atelier-velo.example");
        bookings.book(accounts.me().currentPole().orElseThrow().poleId(), room,
                tuesday.plusHours(14).atZone(BookingJourneyTest.PARIS).toInstant(),
                tuesday.plusHours(16).atZone(BookingJourneyTest.PARIS).toInstant(), "Atelier réparation");
        signIn.out();

        browser.signIn(DemoPeople.BROWSER_MEMBER, DemoData.PASSWORD);
        browser.open("/resources/" + room + "?from=" + tuesday.plusHours(10) + "&to=" + tuesday.plusHours(12));
        browser.waitForText("Atelier Vélo Solidaire");
        browser.tabTo("coopole-calendar-body");
        assertThat(browser.focused()).contains("Au clavier");

        // the cursor starts on Monday 06:00 of that week; Tuesday, then 10:00, then two hours long
        browser.keys(Keys.ARROW_RIGHT);
        assertThat(browser.announced()).as("before its opening hours (09:00–18:00)").contains("06:00 – 06:30 : fermé");
        for (int i = 0; i < 8; i++) {
            browser.keys(Keys.ARROW_DOWN);
        }
        String day = tuesday.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.FRENCH) + " "
                + tuesday.getDayOfMonth();
        assertThat(browser.announced()).contains(day).contains("10:00 – 10:30 : libre");
        for (int i = 0; i < 3; i++) {
            browser.shiftKey(Keys.ARROW_DOWN);
        }
        assertThat(browser.announced()).contains("10:00 – 12:00 : libre");

        // down over the afternoon: the taken slot says who holds it
        for (int i = 0; i < 8; i++) {
            browser.keys(Keys.ARROW_DOWN);
        }
        assertThat(browser.announced()).contains("14:00 – 16:00 : pris : Atelier Vélo Solidaire");

        // back up to the free morning, and Enter asks for it
        for (int i = 0; i < 8; i++) {
            browser.keys(Keys.ARROW_UP);
        }
        browser.keys(Keys.ENTER);
        browser.waitForText("Visible seulement de votre organisation");
        browser.tabTo("Objet");
        browser.keys("Formation au clavier");
        browser.tabTo("Réserver");
        browser.keys(Keys.ENTER);
        browser.waitForText("Formation au clavier");
        signIn.as(DemoPeople.BROWSER_MEMBER);
        var mine = bookings.mine(accounts.me().currentPole().orElseThrow().poleId(), false, true, 0, 500);
        signIn.out();
        assertThat(mine).anySatisfy(b -> {
                    assertThat(b.purpose()).isEqualTo("Formation au clavier");
                    assertThat(b.start()).isEqualTo(tuesday.plusHours(10).atZone(BookingJourneyTest.PARIS).toInstant());
                    assertThat(b.end()).isEqualTo(tuesday.plusHours(12).atZone(BookingJourneyTest.PARIS).toInstant());
                });
    }
}

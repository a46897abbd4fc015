package org.coopole.e2e;

import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.SignIn;
import org.coopole.booking.BookingService;
import org.coopole.common.Language;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.demo.DemoData;
import org.coopole.live.LiveUpdates;
import org.coopole.resource.ResourceData;
import org.coopole.resource.ResourceKind;
import org.coopole.resource.ResourceService;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;

/**
 * Two Coopole nodes on one PostgreSQL, as behind a load balancer: what is done through node A appears, without a
 * reload, on a screen connected to node B — a message in the reader's list and open thread, the unread count, and
 * a request in the owner's queue. Node B hears of it through PostgreSQL's NOTIFY and reads it through row security.
 */
class TwoNodesJourneyTest extends BrowserTest {

    static SecondNode nodeB;
    static Browser browserB;

    @Autowired
    ApplicationContext context;
    @Autowired
    Owner owner;
    @Autowired
    SignIn signIn;
    @Autowired
    AccountService accounts;
    @Autowired
    ResourceService resources;
    @Autowired
    BookingService bookings;

    @AfterAll
    static void stopNodeB() {
        if (browserB != null) {
            browserB.close();
            browserB = null;
        }
        if (nodeB != null) {
            nodeB.close();
            nodeB = null;
        }
    }

    private void startNodeB() {
        if (nodeB == null) {
            nodeB = new SecondNode(context);
            browserB = new Browser(nodeB.port());
        }
        browserB.clearCookies();
        owner.db().update(PERSON).set(PERSON.LANGUAGE, Language.FR)
                .where(PERSON.EMAIL.in(DemoPeople.MANAGER, DemoPeople.BROWSER_MEMBER)).execute();
    }

    @Test
    void aMessageSentThroughNodeAAppearsOnAScreenOfNodeBWithoutAReload() {
        startNodeB();
        var coopBatir = owner.db().select(ORGANISATION.ID).from(ORGANISATION)
                .where(ORGANISATION.NAME.eq("Coop'Bâtir")).fetchSingle(ORGANISATION.ID);
        String first = "Depuis le nœud A " + UUID.randomUUID().toString().substring(0, 6);
        String second = "Toujours sans recharger " + UUID.randomUUID().toString().substring(0, 6);

        // Karim reads his messages on node B
        browserB.signIn(DemoPeople.BROWSER_MEMBER, DemoData.PASSWORD);
        browserB.open("/messages");
        browserB.waitForText("Messagerie");
        browserB.markPage();

        // Nadia writes to him through node A
        browser.signIn(DemoPeople.MANAGER, DemoData.PASSWORD);
        browser.open("/organisations/" + coopBatir);
        browser.pressLabelled("Écrire à Karim Haddad");
        browser.waitForText("Avec Karim Haddad");
        browser.fillAny("Votre message", first);
        browser.press("Envoyer");
        browser.waitForText(first);

        // node B shows it in Karim's list, with its unread count, and the tab's title counts it
        browserB.waitForText(first);
        assertThat(browserB.text()).containsPattern(", \\d+ messages? non lus?");
        assertThat(browserB.title()).startsWith("(");
        assertThat(browserB.stillMarked()).as("no reload on node B").isTrue();

        browserB.followContaining("Nadia Benali");
        browserB.waitForText("Avec Nadia Benali");
        browserB.markPage();
        browser.fillAny("Votre message", second);
        browser.press("Envoyer");
        browserB.waitForText(second);
        assertThat(browserB.stillMarked()).as("no reload on node B").isTrue();
        browserB.screenshot("messages-live");
        assertThat(nodeB.bean(LiveUpdates.class).listening()).as("screens listening on node B").isPositive();
    }

    @Test
    void aRequestMadeThroughNodeAAppearsInTheOwnersQueueOnNodeB() {
        startNodeB();
        signIn.as(DemoPeople.MANAGER);
        PoleId vallee = accounts.me().currentPole().orElseThrow().poleId();
        String name = "Remorque " + UUID.randomUUID().toString().substring(0, 6);
        ResourceId trailer = resources.share(vallee, new ResourceData(ResourceKind.VEHICLE, name, "", true));

        browser.open("/login"); // node A's browser leaves the last journey's screen
        browser.waitForText("Coopole");
        // Nadia watches the requests for her organisation's resources on node B
        browserB.signIn(DemoPeople.MANAGER, DemoData.PASSWORD);
        browserB.open("/requests");
        browserB.waitForText("Demandes");
        browserB.markPage();

        // Karim asks for the trailer through node A
        signIn.as(DemoPeople.BROWSER_MEMBER);
        var start = LocalDate.now(ZoneId.of("Europe/Paris")).plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY))
                .atTime(10, 0).atZone(ZoneId.of("Europe/Paris")).toInstant();
        bookings.book(vallee, trailer, start, start.plusSeconds(7200), "Déménagement de l'atelier");
        signIn.out();

        browserB.waitForText(name);
        browserB.waitForText("Déménagement de l'atelier");
        assertThat(browserB.stillMarked()).as("no reload on node B").isTrue();
    }
}

package org.coopole.booking;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.SignIn;
import org.coopole.TestClock;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.resource.BookingPolicy;
import org.coopole.resource.BookingUnit;
import org.coopole.resource.ResourceData;
import org.coopole.resource.ResourceKind;
import org.coopole.resource.ResourceService;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.NOTIFICATION;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.WAITLIST_ENTRY;

/** Second chances: the line for a taken slot, the hold of a freed one, its hand-over, never two holds at once. */
@CoopoleTest
class WaitlistTest {

    static final String MARC = "marc.durand@menuiserie-durand.example";
    static final String THOMAS = "thomas.girard@energies-val.example";

    @Autowired
    WaitlistService waitlist;
    @Autowired
    WaitlistOffers offers;
    @Autowired
    BookingService bookings;
    @Autowired
    ResourceService resources;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    Owner owner;
    @Autowired
    TestClock clock;

    PoleId vallee;
    ZoneId zone;
    Instant now;
    /** 10:00 on Monday 14 June 2027; the services' clock says 08:00 on Tuesday 1 June. */
    Instant start;

    @BeforeEach
    void setUp() {
        signIn.as(DemoPeople.MANAGER);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
        zone = resources.timeZone(vallee);
        now = LocalDate.of(2027, 6, 1).atTime(8, 0).atZone(zone).toInstant();
        clock.set(now);
        start = LocalDate.of(2027, 6, 14).atTime(10, 0).atZone(zone).toInstant();
    }

    @AfterEach
    void signOut() {
        clock.reset();
        signIn.out();
    }

    private ResourceId share(String name) {
        signIn.as(DemoPeople.MANAGER);
        return resources.share(vallee, new ResourceData(ResourceKind.EQUIPMENT, name, "", false));
    }

    private Instant at(int hours) {
        return start.plus(Duration.ofHours(hours));
    }

    private String status(UUID entry) {
        return owner.db().select(WAITLIST_ENTRY.STATUS).from(WAITLIST_ENTRY).where(WAITLIST_ENTRY.ID.eq(entry))
                .fetchOne(WAITLIST_ENTRY.STATUS);
    }

    private int notified(String email, String kind) {
        return owner.db().fetchCount(NOTIFICATION, NOTIFICATION.KIND.eq(org.coopole.notification.NotificationKind
                .valueOf(kind)), NOTIFICATION.PERSON_ID.eq(owner.db().select(PERSON.ID).from(PERSON)
                .where(PERSON.EMAIL.eq(email)).fetchOne(PERSON.ID)));
    }

    @Test
    void aCancelledBookingIsOfferedToTheFirstInLineHeldForThemAndBookedUnderEveryRule() {
        ResourceId press = share("Presse à cidre");
        signIn.as(DemoPeople.BROWSER_MEMBER);
        bookings.book(vallee, press, at(0), at(2), "Pressage");

        signIn.as(MARC);
        assertThatThrownBy(() -> bookings.book(vallee, press, at(0), at(2), "")).isInstanceOf(SlotTaken.class);
        UUID marcs = waitlist.join(vallee, press, at(0), at(2));
        assertThatThrownBy(() -> waitlist.join(vallee, press, at(0), at(2)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("waitlist.already"));
        assertThatThrownBy(() -> waitlist.join(vallee, press, at(5), at(6)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("waitlist.free"));
        signIn.as(THOMAS);
        UUID thomas = waitlist.join(vallee, press, at(1), at(2));
        assertThat(waitlist.mine(vallee)).filteredOn(e -> e.id().equals(thomas)).singleElement()
                .satisfies(e -> assertThat(e.ahead()).as("Marc waits before Thomas").isEqualTo(1));
        int offeredBefore = notified(MARC, "WAITLIST_OFFERED");

        signIn.as(DemoPeople.BROWSER_MEMBER);
        var booking = bookings.busy(vallee, press, at(0), at(2)).getFirst();
        bookings.cancel(vallee, booking.id());

        assertThat(status(marcs)).isEqualTo("OFFERED");
        assertThat(status(thomas)).as("its period meets the slot held for Marc").isEqualTo("WAITING");
        assertThat(notified(MARC, "WAITLIST_OFFERED")).isEqualTo(offeredBefore + 1);
        signIn.as(THOMAS); // nobody else books the held slot meanwhile, even a part of it
        assertThatThrownBy(() -> bookings.book(vallee, press, at(1), at(2), ""))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("waitlist.held"));
        assertThatThrownBy(() -> waitlist.accept(vallee, marcs, "")).as("only its person accepts an offer")
                .isInstanceOf(AccessDeniedException.class);

        signIn.as(MARC);
        WaitlistEntry offered = waitlist.mine(vallee).stream().filter(e -> e.id().equals(marcs)).findFirst()
                .orElseThrow();
        assertThat(offered.status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(offered.heldUntil()).isEqualTo(now.plus(Duration.ofHours(2))); // the owner's hold: 2 h by default
        assertThat(waitlist.accept(vallee, marcs, "Pressage des pommes")).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(status(marcs)).isEqualTo("BOOKED");
        assertThat(bookings.busy(vallee, press, at(0), at(2))).singleElement()
                .satisfies(b -> assertThat(b.organisationName()).isEqualTo("Menuiserie Durand"));
        assertThatThrownBy(() -> waitlist.accept(vallee, marcs, "")).isInstanceOfSatisfying(InvalidField.class,
                e -> assertThat(e.messageKey()).isEqualTo("waitlist.offer-ended"));
    }

    @Test
    void anOfferWhoseHoldEndsGoesToTheNextInLineAndBothAreTold() {
        ResourceId mixer = share("Pétrin professionnel");
        signIn.as(DemoPeople.MANAGER);
        resources.setPolicy(vallee, mixer, new BookingPolicy(30, 44640, 0, 365, BookingUnit.QUARTER_HOUR, 30));
        signIn.as(DemoPeople.BROWSER_MEMBER);
        bookings.book(vallee, mixer, at(0), at(1), "");
        signIn.as(MARC);
        UUID marcs = waitlist.join(vallee, mixer, at(0), at(1));
        signIn.as(THOMAS);
        UUID thomas = waitlist.join(vallee, mixer, at(0), at(1));
        int lapsedBefore = notified(MARC, "WAITLIST_LAPSED");
        int offeredBefore = notified(THOMAS, "WAITLIST_OFFERED");
        signIn.as(DemoPeople.BROWSER_MEMBER);
        bookings.cancel(vallee, bookings.busy(vallee, mixer, at(0), at(1)).getFirst().id());
        signIn.out();

        clock.set(now.plus(Duration.ofMinutes(29)));
        offers.lapse();
        assertThat(status(marcs)).as("held 30 minutes, as its owner set").isEqualTo("OFFERED");
        clock.set(now.plus(Duration.ofMinutes(31)));
        offers.lapse();

        assertThat(status(marcs)).isEqualTo("PASSED");
        assertThat(status(thomas)).isEqualTo("OFFERED");
        assertThat(notified(MARC, "WAITLIST_LAPSED")).isEqualTo(lapsedBefore + 1);
        assertThat(notified(THOMAS, "WAITLIST_OFFERED")).isEqualTo(offeredBefore + 1);

        signIn.as(THOMAS); // Thomas lets it go: nobody is left, the slot is free for all
        waitlist.pass(vallee, thomas);
        signIn.as(DemoPeople.MEMBER);
        assertThat(bookings.book(vallee, mixer, at(0), at(1), "")).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void aHoldNeverRunsPastTheStartOfItsSlot() {
        ResourceId oven = share("Four à pain");
        Instant soon = now.plus(Duration.ofHours(1));
        signIn.as(DemoPeople.BROWSER_MEMBER);
        bookings.book(vallee, oven, soon, soon.plus(Duration.ofHours(1)), "");
        signIn.as(MARC);
        UUID marcs = waitlist.join(vallee, oven, soon, soon.plus(Duration.ofHours(1)));
        signIn.as(DemoPeople.BROWSER_MEMBER);
        bookings.cancel(vallee, bookings.busy(vallee, oven, soon, soon.plus(Duration.ofHours(1))).getFirst().id());

        signIn.as(MARC);
        assertThat(waitlist.mine(vallee)).filteredOn(e -> e.id().equals(marcs)).singleElement()
                .satisfies(e -> assertThat(e.heldUntil()).isEqualTo(soon));
    }

    /**
     * Two bookings that together cover a waited-for period are cancelled at the same moment: the period is offered
     * once, to the first in line, and never held for two people.
     */
    @Test
    void twoCancellationsAtOnceHoldTheFreedSlotForOnePersonOnly() throws Exception {
        ResourceId saw = share("Scie à ruban");
        signIn.as(DemoPeople.BROWSER_MEMBER);
        bookings.book(vallee, saw, at(0), at(1), "");
        bookings.book(vallee, saw, at(1), at(2), "");
        List<BookingSlot> both = bookings.busy(vallee, saw, at(0), at(2));
        signIn.as(MARC);
        UUID marcs = waitlist.join(vallee, saw, at(0), at(2));
        signIn.as(THOMAS);
        UUID thomas = waitlist.join(vallee, saw, at(0), at(2));

        var karim = signIn.as(DemoPeople.BROWSER_MEMBER);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Boolean>> done = new java.util.ArrayList<>();
            for (BookingSlot slot : both) {
                done.add(pool.submit(() -> {
                    signIn.as(karim);
                    go.await();
                    try {
                        bookings.cancel(vallee, slot.id());
                        return true;
                    } finally {
                        signIn.out();
                    }
                }));
            }
            go.countDown();
            for (Future<Boolean> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(status(marcs)).isEqualTo("OFFERED");
        assertThat(status(thomas)).isEqualTo("WAITING");
        assertThat(owner.db().fetchCount(WAITLIST_ENTRY, WAITLIST_ENTRY.RESOURCE_ID.eq(saw),
                WAITLIST_ENTRY.STATUS.eq("OFFERED"))).isEqualTo(1);
    }

    @Test
    void aPlaceIsOnlyItsPersonsAndAnotherPolesResourceCannotBeWaitedFor() {
        ResourceId drill = share("Perforateur");
        signIn.as(DemoPeople.BROWSER_MEMBER);
        bookings.book(vallee, drill, at(0), at(1), "");
        signIn.as(MARC);
        UUID marcs = waitlist.join(vallee, drill, at(0), at(1));
        signIn.as(THOMAS);
        assertThatThrownBy(() -> waitlist.leave(vallee, marcs)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> waitlist.pass(vallee, marcs)).isInstanceOf(AccessDeniedException.class);
        assertThat(waitlist.mine(vallee)).noneMatch(e -> e.id().equals(marcs));
        signIn.as(DemoPeople.OTHER_POLE);
        PoleId ardeche = accounts.me().currentPole().orElseThrow().poleId();
        assertThatThrownBy(() -> waitlist.join(ardeche, drill, at(0), at(1))).isInstanceOf(AccessDeniedException.class);
        signIn.as(MARC);
        waitlist.leave(vallee, marcs);
        assertThat(status(marcs)).isEqualTo("WITHDRAWN");
    }
}

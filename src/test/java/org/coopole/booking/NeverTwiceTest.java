package org.coopole.booking;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.SignIn;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.BOOKING;

/** Two organisations never hold one resource at the same time, whatever they click and however fast. */
@CoopoleTest
class NeverTwiceTest {

    private static final int ATTEMPTS_PER_SLOT = 32;

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

    PoleId vallee;
    Instant monday;

    @BeforeEach
    void setUp() {
        signIn.as(DemoPeople.MANAGER);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
        monday = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(8));
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void thirtyTwoConcurrentAttemptsAtEachIdenticalSlotMakeExactlyOneWinnerEach() throws Exception {
        List<ResourceId> vans = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            vans.add(share("Camionnette " + i, false));
        }
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (ResourceId van : vans) {
            for (int a = 0; a < ATTEMPTS_PER_SLOT; a++) {
                attempts.add(() -> bookings.book(vallee, van, monday, monday.plus(Duration.ofHours(2)), "Déménagement")
                        != null);
            }
        }
        List<Boolean> wins = race(attempts);

        assertThat(wins.stream().filter(Boolean::booleanValue)).hasSize(vans.size());
        for (ResourceId van : vans) {
            assertThat(owner.db().fetchCount(BOOKING, BOOKING.RESOURCE_ID.eq(van))).as(van.toString()).isEqualTo(1);
        }
    }

    @Test
    void partlyOverlappingRacesLeaveNoOverlappingLiveBookings() throws Exception {
        ResourceId room = share("Salle de réunion (30 places)", false);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int slot = 0; slot < 8; slot++) {
            Instant start = monday.plus(Duration.ofMinutes(30L * slot));
            for (int a = 0; a < ATTEMPTS_PER_SLOT; a++) {
                attempts.add(() -> bookings.book(vallee, room, start, start.plus(Duration.ofHours(1)), "Réunion")
                        != null);
            }
        }
        List<Boolean> wins = race(attempts);

        assertThat(wins.stream().filter(Boolean::booleanValue).count()).isBetween(1L, 8L);
        List<BookingSlot> live = bookings.busy(vallee, room, monday.minus(Duration.ofDays(1)),
                monday.plus(Duration.ofDays(1)));
        assertThat(live).hasSize((int) wins.stream().filter(Boolean::booleanValue).count());
        for (int i = 1; i < live.size(); i++) {
            assertThat(live.get(i).start()).as("no overlap").isAfterOrEqualTo(live.get(i - 1).end());
        }
    }

    @Test
    void backToBackBookingsAreFineAndAnOverlapIsTheTypedRefusal() {
        ResourceId projector = share("Vidéoprojecteur", false);
        signIn.as(DemoPeople.BROWSER_MEMBER);
        assertThat(bookings.book(vallee, projector, monday, monday.plus(Duration.ofHours(1)), ""))
                .isEqualTo(BookingStatus.CONFIRMED);
        assertThat(bookings.book(vallee, projector, monday.plus(Duration.ofHours(1)), monday.plus(Duration.ofHours(2)),
                "")).isEqualTo(BookingStatus.CONFIRMED);
        assertThatThrownBy(() -> bookings.book(vallee, projector, monday.plus(Duration.ofMinutes(90)),
                monday.plus(Duration.ofHours(3)), "")).isInstanceOf(SlotTaken.class);
    }

    @Test
    void aRequestHoldsItsSlotAndACancelledBookingFreesIt() {
        ResourceId workshop = share("Atelier bois", true);
        signIn.as(DemoPeople.BROWSER_MEMBER);
        assertThat(bookings.book(vallee, workshop, monday, monday.plus(Duration.ofHours(4)), "Chantier"))
                .isEqualTo(BookingStatus.REQUESTED);
        signIn.as(DemoPeople.MEMBER);
        assertThatThrownBy(() -> bookings.book(vallee, workshop, monday.plus(Duration.ofHours(1)),
                monday.plus(Duration.ofHours(2)), "")).isInstanceOf(SlotTaken.class);

        signIn.as(DemoPeople.BROWSER_MEMBER);
        BookingSlot mine = bookings.busy(vallee, workshop, monday, monday.plus(Duration.ofDays(1))).getFirst();
        assertThat(mine.purpose()).isEqualTo("Chantier");
        bookings.cancel(vallee, mine.id());

        signIn.as(DemoPeople.MEMBER);
        assertThat(bookings.book(vallee, workshop, monday.plus(Duration.ofHours(1)), monday.plus(Duration.ofHours(2)),
                "")).isEqualTo(BookingStatus.REQUESTED);
    }

    @Test
    void othersSeeWhichOrganisationHoldsTheSlotButNotWhyNorWho() {
        ResourceId van = share("Camionnette du marché", false);
        signIn.as(DemoPeople.BROWSER_MEMBER);
        bookings.book(vallee, van, monday, monday.plus(Duration.ofHours(1)), "Livraison des panneaux");

        signIn.as("marc.durand@menuiserie-durand.example");
        BookingSlot seen = bookings.busy(vallee, van, monday, monday.plus(Duration.ofDays(1))).getFirst();
        assertThat(seen.organisationName()).isEqualTo("Coop'Bâtir");
        assertThat(seen.purpose()).isNull();
        assertThat(seen.bookedBy()).isNull();

        signIn.as(DemoPeople.MANAGER); // the owner sees it all
        BookingSlot owners = bookings.busy(vallee, van, monday, monday.plus(Duration.ofDays(1))).getFirst();
        assertThat(owners.purpose()).isEqualTo("Livraison des panneaux");
        assertThat(owners.bookedBy()).isEqualTo("Karim Haddad");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsOrLiesInThePastIsRefused() {
        ResourceId van = share("Camionnette frigorifique", false);
        assertThatThrownBy(() -> bookings.book(vallee, van, monday, monday, ""))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("booking.end-before-start"));
        assertThatThrownBy(() -> bookings.book(vallee, van, Instant.now().minus(Duration.ofHours(2)),
                Instant.now().minus(Duration.ofHours(1)), ""))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("booking.in-the-past"));
    }

    @Test
    void aMemberOfAnotherPoleCannotBookThisPolesResource() {
        ResourceId van = share("Camionnette 9 places", false);
        signIn.as(DemoPeople.OTHER_POLE);
        assertThatThrownBy(() -> bookings.book(vallee, van, monday, monday.plus(Duration.ofHours(1)), ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bookings.busy(vallee, van, monday, monday.plus(Duration.ofDays(1))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private ResourceId share(String name, boolean approval) {
        signIn.as(DemoPeople.MANAGER);
        return resources.share(vallee, new ResourceData(ResourceKind.VEHICLE, name, "", approval));
    }

    /** Runs every attempt at once on 32 threads, each signed in as a member of another organisation. */
    private List<Boolean> race(List<Callable<Boolean>> attempts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS_PER_SLOT);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger unexpected = new AtomicInteger();
        var member = signIn.as(DemoPeople.BROWSER_MEMBER);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (Callable<Boolean> attempt : attempts) {
                results.add(pool.submit(() -> {
                    signIn.as(member);
                    start.await();
                    try {
                        return attempt.call();
                    } catch (SlotTaken lost) {
                        return false;
                    } catch (RuntimeException other) {
                        unexpected.incrementAndGet();
                        throw other;
                    } finally {
                        signIn.out();
                    }
                }));
            }
            start.countDown();
            List<Boolean> wins = new ArrayList<>();
            for (Future<Boolean> result : results) {
                wins.add(result.get(60, TimeUnit.SECONDS));
            }
            assertThat(unexpected).hasValue(0);
            return wins;
        } finally {
            pool.shutdownNow();
        }
    }
}

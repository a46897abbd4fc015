package org.coopole.booking;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.SignIn;
import org.coopole.TestClock;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.notification.NotificationService;
import org.coopole.resource.OpeningHours;
import org.coopole.resource.ResourceData;
import org.coopole.resource.ResourceKind;
import org.coopole.resource.ResourceService;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bookings at the edges of the pole's clock, with the services' clock set to a known day: across the change to
 * summer time, ending at midnight, the weekly cap under concurrent bookings. (A mail server down after commit:
 * {@code MailDeliveryTest}.)
 */
@CoopoleTest
class ClockedBookingTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Summer time starts on Sunday 28 March 2027 at 02:00 in Paris: that day has 23 hours. */
    static final LocalDate SPRING_FORWARD = LocalDate.of(2027, 3, 28);

    @Autowired
    BookingService bookings;
    @Autowired
    ResourceService resources;
    @Autowired
    NotificationService notifications;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;

    PoleId vallee;

    @BeforeEach
    void aMondayBeforeTheChange() {
        clock.set(LocalDateTime.of(2027, 3, 22, 8, 0).atZone(PARIS).toInstant());
        signIn.as(DemoPeople.MANAGER);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
        signIn.out();
    }

    private static Instant paris(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(PARIS).toInstant();
    }

    private ResourceId staff(String name, int capMinutes) {
        signIn.as(DemoPeople.MANAGER);
        ResourceId id = resources.share(vallee, new ResourceData(ResourceKind.STAFF, name + " " + System.nanoTime(), "", false));
        resources.setStaff(vallee, id, List.of("animation"), capMinutes);
        signIn.as(DemoPeople.BROWSER_MEMBER);
        return id;
    }

    @Test
    void theWeeklyCapCountsTheRealHoursOfTheNightSummerTimeBegins() {
        ResourceId animator = staff("Animatrice de nuit", 12 * 60);
        // Saturday 20:00 to Sunday 08:00 on the wall clock: 11 real hours, not 12
        Instant start = paris(SPRING_FORWARD.minusDays(1), 20, 0);
        Instant end = paris(SPRING_FORWARD, 8, 0);
        assertThat(Duration.between(start, end)).isEqualTo(Duration.ofHours(11));
        assertThat(bookings.book(vallee, animator, start, end, "Veillée")).isEqualTo(BookingStatus.CONFIRMED);

        LocalDate friday = SPRING_FORWARD.minusDays(2);
        assertThatThrownBy(() -> bookings.book(vallee, animator, paris(friday, 9, 0), paris(friday, 10, 30), ""))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.messageKey()).isEqualTo("booking.policy.weekly-cap"));
        assertThat(bookings.book(vallee, animator, paris(friday, 9, 0), paris(friday, 10, 0), ""))
                .as("11 + 1 = 12 real hours: exactly the cap").isEqualTo(BookingStatus.CONFIRMED);

        MyBooking night = bookings.mine(vallee, false, true, 0, 200).stream()
                .filter(b -> b.resourceId().equals(animator) && b.purpose().equals("Veillée")).findFirst().orElseThrow();
        assertThat(night.start().atZone(PARIS).toLocalDateTime()).isEqualTo(SPRING_FORWARD.minusDays(1).atTime(20, 0));
        assertThat(night.end().atZone(PARIS).toLocalDateTime()).isEqualTo(SPRING_FORWARD.atTime(8, 0));
    }

    @Test
    void aBookingEndingAtMidnightFitsHoursClosingAtMidnightAndStaysInItsWeek() {
        ResourceId animator = staff("Animateur du soir", 3 * 60);
        signIn.as(DemoPeople.MANAGER);
        resources.setOpeningHours(vallee, animator, List.of(
                new OpeningHours(DayOfWeek.SUNDAY, LocalTime.of(18, 0), LocalTime.MAX),
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))));
        signIn.as(DemoPeople.BROWSER_MEMBER);
        LocalDate monday = SPRING_FORWARD.plusDays(1);

        // Sunday 21:00 to Monday 00:00, on the day summer time begins
        assertThat(bookings.book(vallee, animator, paris(SPRING_FORWARD, 21, 0), monday.atStartOfDay(PARIS).toInstant(),
                "Soirée")).isEqualTo(BookingStatus.CONFIRMED);
        // its three hours are Sunday's week's: Monday starts a week with the whole cap
        assertThat(bookings.book(vallee, animator, paris(monday, 9, 0), paris(monday, 12, 0), "Matinée"))
                .isEqualTo(BookingStatus.CONFIRMED);
        assertThatThrownBy(() -> bookings.book(vallee, animator, paris(SPRING_FORWARD, 18, 0), paris(SPRING_FORWARD, 19, 0), ""))
                .as("Sunday's week is full").isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.messageKey()).isEqualTo("booking.policy.weekly-cap"));
        assertThatThrownBy(() -> bookings.book(vallee, animator, paris(SPRING_FORWARD, 23, 0), paris(monday, 1, 0), ""))
                .as("past midnight is outside Sunday's hours").isInstanceOf(InvalidField.class);
    }

    @Test
    void concurrentBookingsNeverLendMoreThanTheWeeklyCap() throws Exception {
        ResourceId accountant = staff("Comptable partagée", 4 * 60);
        LocalDate tuesday = SPRING_FORWARD.plusDays(2);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                int n = i;
                // eight different one-hour slots of the same week, all at once
                Instant start = paris(tuesday.plusDays(n / 4), 8 + 2 * (n % 4), 0);
                attempts.add(pool.submit(() -> {
                    signIn.as(n % 2 == 0 ? DemoPeople.BROWSER_MEMBER : "marc.durand@menuiserie-durand.example");
                    go.await();
                    try {
                        bookings.book(vallee, accountant, start, start.plus(Duration.ofHours(1)), "");
                        return true;
                    } catch (InvalidField refused) {
                        assertThat(refused.messageKey()).isEqualTo("booking.policy.weekly-cap");
                        return false;
                    } finally {
                        signIn.out();
                    }
                }));
            }
            go.countDown();
            int booked = 0;
            for (Future<Boolean> attempt : attempts) {
                booked += attempt.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(booked).as("one-hour bookings under a four-hour cap").isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
        signIn.as(DemoPeople.BROWSER_MEMBER);
        long minutes = bookings.busy(vallee, accountant, paris(tuesday, 0, 0), paris(tuesday.plusDays(3), 0, 0)).stream()
                .mapToLong(slot -> Duration.between(slot.start(), slot.end()).toMinutes()).sum();
        assertThat(minutes).isEqualTo(4 * 60);
    }
}

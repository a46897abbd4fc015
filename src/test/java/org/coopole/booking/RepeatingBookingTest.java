package org.coopole.booking;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
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
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Repeating bookings: conflicts shown before booking, the free dates booked, later ones cancelled at once. */
@CoopoleTest
@Transactional
class RepeatingBookingTest {

    @Autowired
    BookingService bookings;
    @Autowired
    ResourceService resources;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;

    PoleId vallee;
    ResourceId room;
    Instant monday;

    @BeforeEach
    void aRoomBookedOnTheThirdWeek() {
        signIn.as(DemoPeople.MANAGER);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
        room = resources.share(vallee, new ResourceData(ResourceKind.PREMISES, "Salle du conseil", "", false));
        monday = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(9));
        bookings.book(vallee, room, monday.plus(Duration.ofDays(14)), monday.plus(Duration.ofDays(14)).plus(Duration.ofHours(1)),
                "Assemblée générale");
        signIn.as(DemoPeople.BROWSER_MEMBER);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theConflictingOccurrenceIsShownBeforehandAndTheFreeOnesAreBooked() {
        List<Occurrence> preview = bookings.preview(vallee, room, monday, monday.plus(Duration.ofHours(2)),
                Repeat.WEEKLY, 5);
        assertThat(preview).hasSize(5);
        assertThat(preview).extracting(Occurrence::taken).containsExactly(false, false, true, false, false);

        SeriesOutcome outcome = bookings.bookSeries(vallee, room, monday, monday.plus(Duration.ofHours(2)),
                Repeat.WEEKLY, 5, "Atelier hebdomadaire");
        assertThat(outcome.booked()).hasSize(4);
        assertThat(outcome.leftOut()).singleElement().satisfies(o -> {
            assertThat(o.taken()).isTrue();
            assertThat(o.start()).isEqualTo(monday.plus(Duration.ofDays(14)));
        });
        assertThat(bookings.busy(vallee, room, monday, monday.plus(Duration.ofDays(35)))).hasSize(5);
    }

    @Test
    void oneOccurrenceAndAllLaterOnesAreCancelledTogether() {
        bookings.bookSeries(vallee, room, monday, monday.plus(Duration.ofHours(1)), Repeat.DAILY, 6, "Permanence");
        List<MyBooking> mine = series();
        assertThat(mine).hasSize(6).allSatisfy(b -> assertThat(b.inSeries()).isTrue());

        assertThat(bookings.cancelSeriesFrom(vallee, mine.get(3).id())).isEqualTo(3);
        assertThat(series()).extracting(MyBooking::status)
                .containsExactly(BookingStatus.CONFIRMED, BookingStatus.CONFIRMED, BookingStatus.CONFIRMED,
                        BookingStatus.CANCELLED, BookingStatus.CANCELLED, BookingStatus.CANCELLED);
    }

    @Test
    void aSeriesHasAtMostAHundredOccurrencesWithinAYear() {
        assertThatThrownBy(() -> bookings.preview(vallee, room, monday, monday.plus(Duration.ofHours(1)),
                Repeat.DAILY, 101)).isInstanceOfSatisfying(InvalidField.class,
                e -> assertThat(e.messageKey()).isEqualTo("booking.series.count"));
        assertThatThrownBy(() -> bookings.preview(vallee, room, monday, monday.plus(Duration.ofHours(1)),
                Repeat.MONTHLY, 14)).isInstanceOfSatisfying(InvalidField.class,
                e -> assertThat(e.messageKey()).isEqualTo("booking.series.within-a-year"));
    }

    private List<MyBooking> series() {
        return bookings.mine(vallee, false, true, 0, 200).stream().filter(b -> b.resourceId().equals(room)).toList();
    }
}

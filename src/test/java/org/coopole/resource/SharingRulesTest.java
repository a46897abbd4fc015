package org.coopole.resource;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.SignIn;
import org.coopole.booking.BookingService;
import org.coopole.booking.BookingStatus;
import org.coopole.booking.SlotTaken;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.security.Account;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening hours, closures, staff caps, photos and sharing in several poles, through the services. Rolled back. */
@CoopoleTest
@Transactional
class SharingRulesTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    ResourceService resources;
    @Autowired
    BookingService bookings;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;

    final LocalDate monday = LocalDate.now(PARIS).plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void openingHoursAndClosuresAreEnforcedOnBookingAndInFreeFromTo() {
        PoleId vallee = signInAs(DemoPeople.MANAGER);
        ResourceId hall = resources.share(vallee, new ResourceData(ResourceKind.PREMISES, "Halle aux grains", "", false));
        resources.setOpeningHours(vallee, hall, List.of(
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(18, 0)),
                new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(18, 0))));
        resources.setClosures(vallee, hall, List.of(new Closure(monday.plusDays(1), monday.plusDays(1), "Inventaire")));
        assertThatThrownBy(() -> resources.setOpeningHours(vallee, hall, List.of(
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(14, 0)))))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.messageKey()).isEqualTo("resource.opening.overlap"));

        signInAs(DemoPeople.BROWSER_MEMBER);
        assertThatThrownBy(() -> bookings.book(vallee, hall, at(monday, 8), at(monday, 10), ""))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.messageKey()).isEqualTo("booking.policy.opening-hours"));
        assertThatThrownBy(() -> bookings.book(vallee, hall, at(monday.plusDays(1), 10), at(monday.plusDays(1), 11), ""))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.messageKey()).isEqualTo("booking.policy.closed"));
        assertThat(freeNames(vallee, at(monday, 8), at(monday, 10))).doesNotContain("Halle aux grains");
        assertThat(freeNames(vallee, at(monday.plusDays(1), 10), at(monday.plusDays(1), 11)))
                .doesNotContain("Halle aux grains");
        assertThat(freeNames(vallee, at(monday, 10), at(monday, 12))).contains("Halle aux grains");
        assertThat(bookings.book(vallee, hall, at(monday, 10), at(monday, 12), "Marché de Noël"))
                .isEqualTo(BookingStatus.CONFIRMED);

        assertThatThrownBy(() -> resources.setClosures(vallee, hall, List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aStaffMemberIsNotLentBeyondTheWeeklyCap() {
        PoleId vallee = signInAs(DemoPeople.MANAGER);
        ResourceId accountant = resources.share(vallee,
                new ResourceData(ResourceKind.STAFF, "Comptable mutualisée", "", false));
        resources.setStaff(vallee, accountant, List.of("Comptabilité", "paie", " "), 6 * 60);
        assertThat(resources.resource(vallee, accountant).orElseThrow().skills()).containsExactly("comptabilité", "paie");

        signInAs(DemoPeople.BROWSER_MEMBER);
        bookings.book(vallee, accountant, at(monday, 9), at(monday, 13), "Clôture des comptes");
        assertThatThrownBy(() -> bookings.book(vallee, accountant, at(monday.plusDays(2), 9), at(monday.plusDays(2), 12), ""))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("booking.policy.weekly-cap");
                    assertThat(e.params()).containsExactly(java.time.Duration.ofHours(6));
                });
        assertThat(freeNames(vallee, at(monday.plusDays(2), 9), at(monday.plusDays(2), 12)))
                .doesNotContain("Comptable mutualisée");
        assertThat(freeNames(vallee, at(monday.plusDays(2), 9), at(monday.plusDays(2), 11)))
                .contains("Comptable mutualisée");
        assertThat(bookings.book(vallee, accountant, at(monday.plusDays(2), 9), at(monday.plusDays(2), 11), ""))
                .isEqualTo(BookingStatus.CONFIRMED);
        assertThat(freeNames(vallee, at(monday.plusDays(3), 9), at(monday.plusDays(3), 10)))
                .doesNotContain("Comptable mutualisée");
    }

    @Test
    void aResourceSharedInTwoPolesIsFoundInBothAndStillNeverBookedTwice() {
        PoleId vallee = signInAs(DemoPeople.TWO_POLES);
        PoleId ardeche = accounts.me().poles().stream().map(Account.PoleMembership::poleId)
                .filter(p -> !p.equals(vallee)).findFirst().orElseThrow();
        ResourceId press = resources.share(vallee, new ResourceData(ResourceKind.EQUIPMENT, "Presse offset", "", false));
        resources.shareIn(vallee, press, Set.of(vallee, ardeche));
        assertThat(resources.sharedIn(vallee, press)).containsExactlyInAnyOrder(vallee, ardeche);
        assertThatThrownBy(() -> resources.shareIn(vallee, press, Set.of()))
                .isInstanceOf(InvalidField.class);

        PoleId annonay = signInAs(DemoPeople.OTHER_POLE);
        assertThat(annonay).isEqualTo(ardeche);
        assertThat(resources.catalogue(ardeche)).extracting(ResourceCard::name).contains("Presse offset");
        bookings.book(ardeche, press, at(monday, 9), at(monday, 12), "Affiches");

        signInAs(DemoPeople.BROWSER_MEMBER);
        assertThatThrownBy(() -> resources.shareIn(vallee, press, Set.of(vallee)))
                .isInstanceOf(AccessDeniedException.class);
        // the last call: PostgreSQL's refusal ends this test's transaction
        assertThatThrownBy(() -> bookings.book(vallee, press, at(monday, 11), at(monday, 13), ""))
                .isInstanceOf(SlotTaken.class);
    }

    @Test
    void photosAreCheckedCountedAndServedToThePolesMembers() throws Exception {
        PoleId vallee = signInAs(DemoPeople.MANAGER);
        ResourceId van = resources.share(vallee, new ResourceData(ResourceKind.VEHICLE, "Fourgon", "", false));
        for (int i = 0; i < Photo.MAX_PHOTOS; i++) {
            resources.addPhoto(vallee, van, PhotoTest.png(800, 600));
        }
        assertThatThrownBy(() -> resources.addPhoto(vallee, van, PhotoTest.png(800, 600)))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.messageKey()).isEqualTo("resource.photo.too-many"));
        resources.removePhoto(vallee, van, 2);

        signInAs(DemoPeople.BROWSER_MEMBER);
        assertThat(resources.resource(vallee, van).orElseThrow().photoPositions()).containsExactly(1, 3, 4, 5);
        assertThat(resources.photo(vallee, van, 1, true).orElseThrow().contentType()).isEqualTo("image/jpeg");
        assertThat(resources.catalogue(vallee)).filteredOn(c -> c.id().equals(van)).singleElement()
                .satisfies(c -> assertThat(c.photo()).isEqualTo(1));
        assertThatThrownBy(() -> resources.addPhoto(vallee, van, PhotoTest.png(10, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<String> freeNames(PoleId pole, Instant from, Instant to) {
        return resources.catalogue(pole, new CatalogueQuery(null, "", null, null, from, to)).stream()
                .map(ResourceCard::name).toList();
    }

    private PoleId signInAs(String email) {
        signIn.as(email);
        return accounts.me().currentPole().orElseThrow().poleId();
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(PARIS).toInstant();
    }
}

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
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Resources that need approval: the owner's managers confirm or decline requests, which hold their slot. */
@CoopoleTest
class BookingDecisionTest {

    @Autowired
    BookingService bookings;
    @Autowired
    ResourceService resources;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    org.coopole.audit.AuditTrail audit;

    PoleId vallee;
    ResourceId hall;
    Instant day;

    @BeforeEach
    void aHallNeedingApproval() {
        signIn.as(DemoPeople.MANAGER);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
        hall = resources.share(vallee, new ResourceData(ResourceKind.PREMISES, "Halle " + System.nanoTime(), "", true));
        day = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(9));
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theOwnersManagerConfirmsARequestAndTheBookerSeesItConfirmed() {
        signIn.as(DemoPeople.BROWSER_MEMBER);
        bookings.book(vallee, hall, day, day.plus(Duration.ofHours(3)), "Assemblée générale");

        signIn.as(DemoPeople.MANAGER);
        BookingSlot request = bookings.requestsToDecide(vallee).stream()
                .filter(r -> r.purpose().equals("Assemblée générale")).findFirst().orElseThrow();
        assertThat(request.bookedBy()).isEqualTo("Karim Haddad");
        bookings.confirm(vallee, request.id());

        signIn.as(DemoPeople.BROWSER_MEMBER);
        assertThat(bookings.busy(vallee, hall, day, day.plus(Duration.ofDays(1))))
                .singleElement().extracting(BookingSlot::status).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void twoOverlappingRequestsCannotBothExistSoBothCannotBeApproved() {
        signIn.as(DemoPeople.BROWSER_MEMBER);
        bookings.book(vallee, hall, day, day.plus(Duration.ofHours(3)), "Atelier");
        signIn.as("marc.durand@menuiserie-durand.example");
        assertThatThrownBy(() -> bookings.book(vallee, hall, day.plus(Duration.ofHours(1)),
                day.plus(Duration.ofHours(2)), "Formation")).isInstanceOf(SlotTaken.class);
    }

    @Test
    void aDeclineNeedsAReasonAndFreesTheSlot() {
        signIn.as(DemoPeople.BROWSER_MEMBER);
        bookings.book(vallee, hall, day, day.plus(Duration.ofHours(3)), "Fête");
        signIn.as(DemoPeople.MANAGER);
        BookingSlot request = bookings.requestsToDecide(vallee).stream()
                .filter(r -> r.purpose().equals("Fête")).findFirst().orElseThrow();

        assertThatThrownBy(() -> bookings.decline(vallee, request.id(), " "))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("reason"));
        bookings.decline(vallee, request.id(), "La halle est en travaux ce jour-là.");

        signIn.as("marc.durand@menuiserie-durand.example");
        assertThat(bookings.book(vallee, hall, day, day.plus(Duration.ofHours(1)), "")).isEqualTo(BookingStatus.REQUESTED);
    }

    @Test
    void theOwnerCancelsAConfirmedBookingWithAReasonTheSlotIsFreeAndTheTrailKeepsBothDecisions() {
        signIn.as(DemoPeople.BROWSER_MEMBER);
        bookings.book(vallee, hall, day, day.plus(Duration.ofHours(2)), "Concert");
        signIn.as(DemoPeople.MANAGER);
        BookingSlot request = bookings.requestsToDecide(vallee).stream()
                .filter(r -> r.purpose().equals("Concert")).findFirst().orElseThrow();
        bookings.confirm(vallee, request.id());
        assertThatThrownBy(() -> bookings.cancelAsOwner(vallee, request.id(), ""))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("reason"));
        bookings.cancelAsOwner(vallee, request.id(), "Dégât des eaux dans la halle.");
        assertThatThrownBy(() -> bookings.cancelAsOwner(vallee, request.id(), "Encore"))
                .as("a cancelled booking is not cancelled twice").isInstanceOf(AccessDeniedException.class);

        signIn.as(DemoPeople.BROWSER_MEMBER);
        assertThat(bookings.mine(vallee, false, true, 0, 200)).filteredOn(b -> b.id().equals(request.id()))
                .singleElement().satisfies(b -> {
                    assertThat(b.status()).isEqualTo(BookingStatus.CANCELLED);
                    assertThat(b.reason()).isEqualTo("Dégât des eaux dans la halle.");
                });
        assertThat(bookings.busy(vallee, hall, day, day.plus(Duration.ofDays(1)))).isEmpty();

        signIn.as(DemoPeople.ANIMATOR);
        String hallName = resources.resource(vallee, hall).orElseThrow().data().name();
        for (org.coopole.audit.AuditAction action : new org.coopole.audit.AuditAction[] {
                org.coopole.audit.AuditAction.BOOKING_CONFIRMED, org.coopole.audit.AuditAction.BOOKING_CANCELLED_BY_OWNER}) {
            assertThat(audit.search(vallee, new org.coopole.audit.AuditQuery(action, hallName, null, null, 0, 10)))
                    .as(action.name()).singleElement().satisfies(entry -> {
                        assertThat(entry.personName()).isEqualTo("Nadia Benali");
                        assertThat(entry.target()).isEqualTo(hallName);
                        assertThat(entry.detail()).isEqualTo(day + "/" + day.plus(Duration.ofHours(2)));
                    });
        }
    }

    @Test
    void onlyTheOwnersManagersDecide() {
        signIn.as(DemoPeople.BROWSER_MEMBER);
        bookings.book(vallee, hall, day, day.plus(Duration.ofHours(3)), "Répétition");
        signIn.as(DemoPeople.MANAGER);
        BookingSlot request = bookings.requestsToDecide(vallee).stream()
                .filter(r -> r.purpose().equals("Répétition")).findFirst().orElseThrow();

        signIn.as("sarah.fontaine@coopbatir.example"); // a manager, of another organisation
        assertThat(bookings.requestsToDecide(vallee)).noneMatch(r -> r.id().equals(request.id()));
        assertThatThrownBy(() -> bookings.confirm(vallee, request.id())).isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoPeople.MEMBER); // of the owner's organisation, but not a manager
        assertThatThrownBy(() -> bookings.confirm(vallee, request.id())).isInstanceOf(AccessDeniedException.class);
    }
}

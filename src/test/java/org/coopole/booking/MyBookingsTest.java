package org.coopole.booking;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.SignIn;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.resource.CatalogueQuery;
import org.coopole.resource.ResourceCard;
import org.coopole.resource.ResourceData;
import org.coopole.resource.ResourceKind;
import org.coopole.resource.ResourceService;
import org.coopole.resource.ResourceStatus;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "My bookings", "my organisation's bookings", and resources paused or archived. Rolled back. */
@CoopoleTest
@Transactional
class MyBookingsTest {

    @Autowired
    BookingService bookings;
    @Autowired
    ResourceService resources;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;

    PoleId vallee;
    ResourceId van;
    Instant soon;

    @BeforeEach
    void aVan() {
        signIn.as(DemoPeople.MANAGER);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
        van = resources.share(vallee, new ResourceData(ResourceKind.VEHICLE, "Camionnette bleue", "", false));
        soon = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void myBookingsAndMyOrganisationsBookingsSoonestFirst() {
        signIn.as(DemoPeople.BROWSER_MEMBER);
        bookings.book(vallee, van, soon.plus(Duration.ofDays(1)), soon.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)), "B");
        bookings.book(vallee, van, soon, soon.plus(Duration.ofHours(1)), "A");
        signIn.as("sarah.fontaine@coopbatir.example");
        bookings.book(vallee, van, soon.plus(Duration.ofDays(2)), soon.plus(Duration.ofDays(2)).plus(Duration.ofHours(1)), "C");

        // of this van (other tests book for Coop'Bâtir too): mine, then my organisation's, soonest first
        assertThat(bookings.mine(vallee, false, true, 0, 200)).filteredOn(b -> b.resourceId().equals(van))
                .extracting(MyBooking::purpose).containsExactly("C");
        assertThat(bookings.mine(vallee, true, true, 0, 200)).filteredOn(b -> b.resourceId().equals(van))
                .extracting(MyBooking::purpose).containsExactly("A", "B", "C");
        assertThat(bookings.mine(vallee, true, true, 0, 10).getFirst().ownerName()).isEqualTo("La Ressourcerie du Val");
        assertThat(bookings.mine(vallee, true, false, 0, 10)).isEmpty();
    }

    @Test
    void aPausedResourceCannotBeBookedAndAnArchivedOneLeavesTheCatalogueForGood() {
        resources.setStatus(vallee, van, ResourceStatus.PAUSED);
        signIn.as(DemoPeople.BROWSER_MEMBER);
        assertThatThrownBy(() -> bookings.book(vallee, van, soon, soon.plus(Duration.ofHours(1)), ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(resources.catalogue(vallee, CatalogueQuery.all())).extracting(ResourceCard::name)
                .contains("Camionnette bleue");

        signIn.as(DemoPeople.MANAGER);
        resources.setStatus(vallee, van, ResourceStatus.ARCHIVED);
        assertThat(resources.catalogue(vallee, CatalogueQuery.all())).extracting(ResourceCard::name)
                .doesNotContain("Camionnette bleue");
        assertThatThrownBy(() -> resources.setStatus(vallee, van, ResourceStatus.ACTIVE))
                .isInstanceOf(AccessDeniedException.class);
    }
}

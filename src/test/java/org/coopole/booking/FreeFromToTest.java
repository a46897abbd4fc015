package org.coopole.booking;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.SignIn;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.resource.BookingPolicy;
import org.coopole.resource.CatalogueQuery;
import org.coopole.resource.RateUnit;
import org.coopole.resource.ResourceCard;
import org.coopole.resource.ResourceData;
import org.coopole.resource.ResourceDetails;
import org.coopole.resource.ResourceKind;
import org.coopole.resource.ResourceService;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Who has a room for 30 on Thursday?": the catalogue lists only what can actually be booked then. Rolled back. */
@CoopoleTest
@Transactional
class FreeFromToTest {

    private static final String TAG = "test-catalogue";

    @Autowired
    ResourceService resources;
    @Autowired
    BookingService bookings;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;

    PoleId vallee;
    ResourceId bigRoom;
    ResourceId smallRoom;
    ResourceId van;
    Instant thursday;

    @BeforeEach
    void aFewResources() {
        signIn.as(DemoPeople.MANAGER);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
        bigRoom = share(ResourceKind.PREMISES, "Grande salle", 40, BookingPolicy.DEFAULT);
        smallRoom = share(ResourceKind.PREMISES, "Petite salle", 12, BookingPolicy.DEFAULT);
        van = share(ResourceKind.VEHICLE, "Camionnette", null, new BookingPolicy(60, 120, 0, 365));
        thursday = Instant.now().plus(Duration.ofDays(9)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(14));
        signIn.as(DemoPeople.BROWSER_MEMBER);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aRoomForThirtyOnThursdayAfternoon() {
        List<ResourceCard> found = resources.catalogue(vallee,
                new CatalogueQuery(ResourceKind.PREMISES, TAG, null, 30, thursday, thursday.plus(Duration.ofHours(3))));
        assertThat(found).extracting(ResourceCard::name).containsExactly("Grande salle");
        assertThat(found.getFirst().rateUnit()).isEqualTo(RateUnit.HOUR);
        assertThat(found.getFirst().rateCents()).isEqualTo(1500);
    }

    @Test
    void aResourceBookedOverThatWindowIsNotListedButItIsJustBeforeOrAfter() {
        bookings.book(vallee, bigRoom, thursday, thursday.plus(Duration.ofHours(2)), "AG");

        assertThat(names(new CatalogueQuery(null, TAG, null, null, thursday.plus(Duration.ofHours(1)),
                thursday.plus(Duration.ofHours(3))))).containsExactly("Camionnette", "Petite salle");
        assertThat(names(new CatalogueQuery(null, TAG, null, null, thursday.plus(Duration.ofHours(2)),
                thursday.plus(Duration.ofHours(3))))).contains("Grande salle");
    }

    @Test
    void aWindowTheResourcesPolicyRefusesIsNotListed() {
        // the van is lent two hours at most
        assertThat(names(new CatalogueQuery(ResourceKind.VEHICLE, TAG, null, null, thursday,
                thursday.plus(Duration.ofHours(3))))).isEmpty();
        assertThat(names(new CatalogueQuery(ResourceKind.VEHICLE, TAG, null, null, thursday,
                thursday.plus(Duration.ofHours(2))))).containsExactly("Camionnette");
    }

    @Test
    void withoutAWindowTheCatalogueFiltersByKindTagAndCapacity() {
        assertThat(names(new CatalogueQuery(null, TAG, null, null, null, null)))
                .containsExactly("Camionnette", "Grande salle", "Petite salle");
        assertThat(names(new CatalogueQuery(null, TAG, null, 20, null, null))).containsExactly("Grande salle");
        assertThatThrownBy(() -> new CatalogueQuery(null, TAG, null, null, thursday, thursday))
                .isInstanceOf(InvalidField.class);
    }

    @Test
    void aMemberOfAnotherPoleSeesNoneOfIt() {
        signIn.as(DemoPeople.OTHER_POLE);
        assertThatThrownBy(() -> resources.catalogue(vallee, CatalogueQuery.all()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<String> names(CatalogueQuery query) {
        return resources.catalogue(vallee, query).stream().map(ResourceCard::name).toList();
    }

    private ResourceId share(ResourceKind kind, String name, Integer capacity, BookingPolicy policy) {
        ResourceId id = resources.share(vallee, new ResourceData(kind, name, "", false));
        resources.setDetails(vallee, id, new ResourceDetails("Crest", capacity, "", List.of(TAG),
                kind == ResourceKind.PREMISES ? RateUnit.HOUR : RateUnit.FREE, kind == ResourceKind.PREMISES ? 1500 : 0));
        resources.setPolicy(vallee, id, policy);
        return id;
    }
}

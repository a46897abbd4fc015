package org.coopole.booking;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.SignIn;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.resource.BookingPolicy;
import org.coopole.resource.ResourceData;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The owner's booking policy is enforced on the server, each breach with its figure. Rolled back. */
@CoopoleTest
@Transactional
class BookingPolicyTest {

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
    Instant tomorrow;

    @BeforeEach
    void aVanWithAPolicy() {
        signIn.as(DemoPeople.MANAGER);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
        van = resources.share(vallee, new ResourceData(ResourceKind.VEHICLE, "Camionnette", "", false));
        resources.setPolicy(vallee, van, new BookingPolicy(60, 240, 120, 30));
        tomorrow = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
        signIn.as(DemoPeople.BROWSER_MEMBER);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void eachBreachOfThePolicyIsRefusedWithItsFigure() {
        assertRefused(tomorrow, tomorrow.plus(Duration.ofMinutes(30)), "booking.policy.too-short", Duration.ofMinutes(60));
        assertRefused(tomorrow, tomorrow.plus(Duration.ofHours(5)), "booking.policy.too-long", Duration.ofHours(4));
        Instant soon = Instant.now().plus(Duration.ofMinutes(60));
        assertRefused(soon, soon.plus(Duration.ofHours(1)), "booking.policy.lead-time", Duration.ofHours(2));
        Instant far = Instant.now().plus(Duration.ofDays(40));
        assertRefused(far, far.plus(Duration.ofHours(1)), "booking.policy.horizon", 30);

        assertThat(bookings.book(vallee, van, tomorrow, tomorrow.plus(Duration.ofHours(2)), "Livraison"))
                .isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void onlyTheOwnersManagersSetThePolicyAndItMustHold() {
        signIn.as(DemoPeople.MANAGER);
        assertThatThrownBy(() -> resources.setPolicy(vallee, van, new BookingPolicy(120, 60, 0, 30)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("maxMinutes"));
        signIn.as("sarah.fontaine@coopbatir.example");
        assertThatThrownBy(() -> resources.setPolicy(vallee, van, BookingPolicy.DEFAULT))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoPeople.BROWSER_MEMBER);
        assertThatThrownBy(() -> resources.setPolicy(vallee, van, BookingPolicy.DEFAULT))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMissingStartOrEndIsRefusedOnItsOwnFieldAsMissing() {
        assertThatThrownBy(() -> bookings.book(vallee, van, null, null, ""))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.field()).isEqualTo("start");
                    assertThat(e.messageKey()).isEqualTo("validation.required");
                });
        assertThatThrownBy(() -> bookings.book(vallee, van, tomorrow, null, ""))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.field()).isEqualTo("end");
                    assertThat(e.messageKey()).isEqualTo("validation.required");
                });
        assertThatThrownBy(() -> bookings.preview(vallee, van, tomorrow, null, org.coopole.booking.Repeat.WEEKLY, 3))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("end"));
    }

    private void assertRefused(Instant start, Instant end, String key, Object figure) {
        assertThatThrownBy(() -> bookings.book(vallee, van, start, end, ""))
                .as(key)
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.params()).containsExactly(figure);
                });
    }
}

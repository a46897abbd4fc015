package org.coopole.resource;

import org.coopole.common.InvalidField;
import org.coopole.common.ResourceId;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A resource's rules, read on the pole's clock: units, opening hours, closures, weekly caps. */
class BookingRulesTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant NOW = at(LocalDateTime.of(2026, 11, 2, 8, 0));
    // Monday 16 November 2026
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    @Test
    void anHourlyResourceIsBookedOnWholeHoursOfThePolesClock() {
        BookingRules rules = rules(BookingUnit.HOUR, List.of(), List.of(), null);
        assertThat(breach(rules, MONDAY.atTime(10, 0), MONDAY.atTime(12, 0))).isEmpty();
        assertThat(breach(rules, MONDAY.atTime(10, 30), MONDAY.atTime(12, 0)))
                .hasValueSatisfying(e -> assertThat(e.messageKey()).isEqualTo("booking.policy.unit.HOUR"));
    }

    @Test
    void halfDaysStartAtMidnightOrNoon() {
        BookingRules rules = rules(BookingUnit.HALF_DAY, List.of(), List.of(), null);
        assertThat(breach(rules, MONDAY.atTime(12, 0), MONDAY.plusDays(1).atStartOfDay())).isEmpty();
        assertThat(breach(rules, MONDAY.atTime(9, 0), MONDAY.atTime(12, 0))).isPresent();
    }

    @Test
    void openingHoursBoundEachBookingWithinOneRangeOfItsDay() {
        List<OpeningHours> hours = List.of(
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(18, 0)));
        BookingRules rules = rules(BookingUnit.QUARTER_HOUR, hours, List.of(), null);
        assertThat(breach(rules, MONDAY.atTime(9, 0), MONDAY.atTime(12, 0))).isEmpty();
        assertThat(breach(rules, MONDAY.atTime(14, 15), MONDAY.atTime(18, 0))).isEmpty();
        assertThat(breach(rules, MONDAY.atTime(8, 45), MONDAY.atTime(10, 0)))
                .hasValueSatisfying(e -> {
                    assertThat(e.messageKey()).isEqualTo("booking.policy.opening-hours");
                    assertThat(e.params()).containsExactly(MONDAY, "09:00–12:00, 14:00–18:00"); // the refusal names the hours
                });
        assertThat(breach(rules, MONDAY.atTime(11, 0), MONDAY.atTime(15, 0))).isPresent();
        assertThat(breach(rules, MONDAY.plusDays(1).atTime(10, 0), MONDAY.plusDays(1).atTime(11, 0)))
                .hasValueSatisfying(e -> {
                    assertThat(e.messageKey()).isEqualTo("booking.policy.closed-weekday");
                    assertThat(e.params()).containsExactly(MONDAY.plusDays(1));
                });
    }

    @Test
    void noDayOfAClosureCanBeBooked() {
        BookingRules rules = rules(BookingUnit.DAY, List.of(),
                List.of(new Closure(MONDAY.plusDays(2), MONDAY.plusDays(3), "Inventaire")), null);
        assertThat(breach(rules, MONDAY.atStartOfDay(), MONDAY.plusDays(2).atStartOfDay())).isEmpty();
        assertThat(breach(rules, MONDAY.atStartOfDay(), MONDAY.plusDays(3).atStartOfDay()))
                .hasValueSatisfying(e -> {
                    assertThat(e.messageKey()).isEqualTo("booking.policy.closed");
                    assertThat(e.params()).containsExactly(MONDAY.plusDays(2));
                });
    }

    @Test
    void aStaffMemberLendsNoMoreThanTheWeeklyCap() {
        BookingRules rules = rules(BookingUnit.HOUR, List.of(), List.of(), 10 * 60);
        Instant[] mondayMorning = {at(MONDAY.atTime(8, 0)), at(MONDAY.atTime(14, 0))};
        Instant[] lastSunday = {at(MONDAY.minusDays(1).atTime(8, 0)), at(MONDAY.minusDays(1).atTime(18, 0))};
        List<Instant[]> others = List.of(mondayMorning, lastSunday);
        assertThat(rules.capBreach(at(MONDAY.atTime(15, 0)), at(MONDAY.atTime(19, 0)), others)).isEmpty();
        assertThat(rules.capBreach(at(MONDAY.plusDays(3).atTime(9, 0)), at(MONDAY.plusDays(3).atTime(14, 0)), others))
                .hasValueSatisfying(e -> {
                    assertThat(e.messageKey()).isEqualTo("booking.policy.weekly-cap");
                    assertThat(e.params()).containsExactly(java.time.Duration.ofHours(10));
                });
        assertThat(rules.capBreach(at(MONDAY.plusDays(7).atTime(9, 0)), at(MONDAY.plusDays(7).atTime(14, 0)), others))
                .isEmpty();
    }

    private static Optional<InvalidField> breach(BookingRules rules, LocalDateTime start, LocalDateTime end) {
        return rules.breach(at(start), at(end), NOW);
    }

    private static BookingRules rules(BookingUnit unit, List<OpeningHours> hours, List<Closure> closures, Integer cap) {
        return new BookingRules(new ResourceId(UUID.randomUUID()), "Salle", false,
                new BookingPolicy(15, 44640, 0, 365, unit), hours, closures, cap, PARIS);
    }

    private static Instant at(LocalDateTime time) {
        return time.atZone(PARIS).toInstant();
    }
}

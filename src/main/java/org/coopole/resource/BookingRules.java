package org.coopole.resource;

import org.coopole.common.InvalidField;
import org.coopole.common.ResourceId;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything that decides whether a resource can be booked for a period, read on the pole's clock ({@code zone}):
 * its policy, opening hours (none: open at all hours), closures and, for staff, a cap of minutes lent per week.
 * The first rule broken comes back as the refusal to show, with its figures.
 */
public record BookingRules(ResourceId resourceId, String name, boolean approvalRequired, BookingPolicy policy,
                           List<OpeningHours> openingHours, List<Closure> closures, Integer weeklyCapMinutes,
                           ZoneId zone) {

    public BookingRules {
        openingHours = List.copyOf(openingHours);
        closures = List.copyOf(closures);
    }

    /** Refuses a period that breaks a rule other than the weekly cap (which needs the other bookings). */
    public void check(Instant start, Instant end, Instant now) {
        Optional<InvalidField> breach = breach(start, end, now);
        if (breach.isPresent()) {
            throw breach.get();
        }
    }

    /** The first rule the period breaks, other than the weekly cap. */
    public Optional<InvalidField> breach(Instant start, Instant end, Instant now) {
        long minutes = Duration.between(start, end).toMinutes();
        if (minutes < policy.minMinutes()) {
            return refusal("end", "booking.policy.too-short", Duration.ofMinutes(policy.minMinutes()));
        }
        if (minutes > policy.maxMinutes()) {
            return refusal("end", "booking.policy.too-long", Duration.ofMinutes(policy.maxMinutes()));
        }
        if (start.isBefore(now.plus(Duration.ofMinutes(policy.leadMinutes())))) {
            return refusal("start", "booking.policy.lead-time", Duration.ofMinutes(policy.leadMinutes()));
        }
        if (start.isAfter(now.plus(Duration.ofDays(policy.horizonDays())))) {
            return refusal("start", "booking.policy.horizon", policy.horizonDays());
        }
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        if (!onUnit(from) || !onUnit(to)) {
            return refusal("start", "booking.policy.unit." + policy.unit().name());
        }
        LocalDate lastDay = to.minusNanos(1).toLocalDate();
        for (LocalDate day = from.toLocalDate(); !day.isAfter(lastDay); day = day.plusDays(1)) {
            LocalDate current = day;
            Optional<Closure> closed = closures.stream().filter(c -> c.covers(current)).findFirst();
            if (closed.isPresent()) {
                return refusal("start", "booking.policy.closed", day);
            }
            if (!openingHours.isEmpty() && hoursOn(day.getDayOfWeek()).isEmpty()) {
                return refusal("start", "booking.policy.closed-weekday", day);
            }
        }
        if (!openingHours.isEmpty() && policy.unit().withinTheDay()) {
            boolean sameDay = from.toLocalDate().equals(lastDay);
            LocalTime endTime = to.toLocalTime();
            boolean fits = sameDay && hoursOn(from.getDayOfWeek()).stream().anyMatch(h ->
                    !from.toLocalTime().isBefore(h.opens())
                            && (endTime.equals(LocalTime.MIDNIGHT) ? h.closes().equals(LocalTime.MAX)
                            : !endTime.isAfter(h.closes())));
            if (!fits) {
                // names the hours of the day the slot starts on, as the resource's page writes them
                return refusal("start", "booking.policy.opening-hours", from.toLocalDate(),
                        hoursOn(from.getDayOfWeek()).stream().map(h -> h.text("–"))
                                .collect(java.util.stream.Collectors.joining(", ")));
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses a staff booking that would lend more than the weekly cap in a week (Monday to Sunday on the pole's
     * clock) it touches, given the other live bookings of the resource.
     */
    public Optional<InvalidField> capBreach(Instant start, Instant end, List<Instant[]> otherBookings) {
        return capBreach(start, end, week -> otherBookings.stream()
                .mapToLong(other -> overlapMinutes(other[0], other[1], week[0], week[1])).sum());
    }

    /** The same, given the minutes already booked in a week ({@code [monday, next monday)}). */
    public Optional<InvalidField> capBreach(Instant start, Instant end,
                                            java.util.function.ToLongFunction<Instant[]> bookedMinutesIn) {
        if (weeklyCapMinutes == null) {
            return Optional.empty();
        }
        for (Instant[] week : weeksOf(start, end)) {
            long minutes = overlapMinutes(start, end, week[0], week[1]) + bookedMinutesIn.applyAsLong(week);
            if (minutes > weeklyCapMinutes) {
                return refusal("end", "booking.policy.weekly-cap", Duration.ofMinutes(weeklyCapMinutes));
            }
        }
        return Optional.empty();
    }

    /** The weeks, Monday 00:00 to the next Monday on the pole's clock, that [start, end) touches. */
    public List<Instant[]> weeksOf(Instant start, Instant end) {
        List<Instant[]> weeks = new ArrayList<>();
        LocalDate monday = start.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (true) {
            Instant weekStart = monday.atStartOfDay(zone).toInstant();
            if (!weekStart.isBefore(end)) {
                return weeks;
            }
            weeks.add(new Instant[] {weekStart, monday.plusWeeks(1).atStartOfDay(zone).toInstant()});
            monday = monday.plusWeeks(1);
        }
    }

    public List<OpeningHours> hoursOn(DayOfWeek day) {
        return openingHours.stream().filter(h -> h.day() == day).toList();
    }

    private boolean onUnit(ZonedDateTime time) {
        int minuteOfDay = time.getHour() * 60 + time.getMinute();
        return time.getSecond() == 0 && time.getNano() == 0 && minuteOfDay % policy.unit().minutes() == 0;
    }

    private static long overlapMinutes(Instant aStart, Instant aEnd, Instant bStart, Instant bEnd) {
        Instant from = aStart.isAfter(bStart) ? aStart : bStart;
        Instant to = aEnd.isBefore(bEnd) ? aEnd : bEnd;
        return to.isAfter(from) ? Duration.between(from, to).toMinutes() : 0;
    }

    private static Optional<InvalidField> refusal(String field, String key, Object... params) {
        return Optional.of(new InvalidField(field, key, params));
    }
}

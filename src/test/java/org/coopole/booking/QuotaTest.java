package org.coopole.booking;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.SignIn;
import org.coopole.common.InvalidField;
import org.coopole.common.OrganisationId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.resource.RateUnit;
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

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.ORGANISATION;

/** Fair shares: quotas per organisation, checked when booking, under concurrency, with top-ups and exemptions. */
@CoopoleTest
class QuotaTest {

    @Autowired
    QuotaService quotas;
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
    @Autowired
    org.coopole.TestClock clock;

    PoleId vallee;
    ZoneId zone;
    OrganisationId coopBatir;
    /** 08:00 on Monday 14 June 2027, on the pole's clock; the services' clock says Tuesday 1 June. */
    Instant monday;

    @BeforeEach
    void setUp() {
        signIn.as(DemoPeople.MANAGER);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
        zone = resources.timeZone(vallee);
        clock.set(LocalDate.of(2027, 6, 1).atTime(8, 0).atZone(zone).toInstant());
        coopBatir = owner.db().select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.NAME.eq("Coop'Bâtir"))
                .fetchOne(ORGANISATION.ID);
        monday = LocalDate.of(2027, 6, 14).atTime(8, 0).atZone(zone).toInstant();
    }

    @AfterEach
    void signOut() {
        clock.reset();
        signIn.out();
    }

    private ResourceId share(String name, ResourceKind kind) {
        signIn.as(DemoPeople.MANAGER);
        return resources.share(vallee, new ResourceData(kind, name, "", false));
    }

    /** A tool of La Ressourcerie under 3 hours a week for every organisation, with Coop'Bâtir's member signed in. */
    private ResourceId underThreeHoursAWeek(String name) {
        ResourceId tool = share(name, ResourceKind.EQUIPMENT);
        signIn.as(DemoPeople.MANAGER);
        quotas.save(vallee, null, new QuotaData(tool, null, null, QuotaPeriod.WEEK, 3, null, null));
        signIn.as(DemoPeople.BROWSER_MEMBER);
        return tool;
    }

    private Instant at(int hoursAfterMonday) {
        return monday.plus(Duration.ofHours(hoursAfterMonday));
    }

    @Test
    void aWeeklyQuotaOfHoursRefusesTheBookingThatWouldOverrunItAndSaysWhatIsLeftAndWhen() {
        ResourceId drill = underThreeHoursAWeek("Perceuse à colonne");
        bookings.book(vallee, drill, at(0), at(2), "");
        assertThatThrownBy(() -> bookings.book(vallee, drill, at(3), at(5), ""))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("booking.quota.hours");
                    assertThat(e.params()[1]).isEqualTo(new BigDecimal("3"));
                    assertThat(e.params()[3]).isEqualTo(BigDecimal.ONE); // one hour left
                    assertThat(e.params()[4]).isEqualTo(LocalDate.ofInstant(monday, zone).plusWeeks(1));
                });
        assertThat(bookings.book(vallee, drill, at(3), at(4), "")).isEqualTo(BookingStatus.CONFIRMED);
        // the next week starts again
        assertThat(bookings.book(vallee, drill, at(24 * 7), at(24 * 7 + 3), "")).isEqualTo(BookingStatus.CONFIRMED);

        QuotaUse use = quotas.myUse(vallee).stream().filter(u -> drill.equals(u.quota().resource())).findFirst()
                .orElseThrow();
        assertThat(use.minutesAllowed()).isEqualTo(180);
        assertThat(use.organisationName()).isEqualTo("Coop'Bâtir");

        // the indicators: every organisation's use against the quota, this week (the clock says 1 June: nothing yet)
        signIn.as(DemoPeople.ANIMATOR);
        List<QuotaUse> pole = quotas.useAgainstQuotas(vallee).stream().filter(u -> drill.equals(u.quota().resource()))
                .toList();
        assertThat(pole).extracting(QuotaUse::organisationName).contains("Coop'Bâtir", "Menuiserie Durand")
                .doesNotContain("La Ressourcerie du Val"); // the owner
        clock.set(monday.plus(Duration.ofHours(1)));
        assertThat(quotas.useAgainstQuotas(vallee)).filteredOn(u -> drill.equals(u.quota().resource())
                        && u.organisationName().equals("Coop'Bâtir")).singleElement()
                .satisfies(u -> assertThat(u.usedMinutes()).isEqualTo(180));
        signIn.as(DemoPeople.BROWSER_MEMBER);
        assertThatThrownBy(() -> quotas.useAgainstQuotas(vallee)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theRepeatPreviewShowsWhichDatesTheQuotaRefuses() {
        ResourceId planer = underThreeHoursAWeek("Raboteuse");
        List<Occurrence> daily = bookings.preview(vallee, planer, at(0), at(2), Repeat.DAILY, 3);
        assertThat(daily).extracting(Occurrence::free).containsExactly(true, false, false);
        assertThat(daily.get(1).refusal().messageKey()).isEqualTo("booking.quota.hours");
        // a week apart, each week starts again
        assertThat(bookings.preview(vallee, planer, at(0), at(2), Repeat.WEEKLY, 3)).allMatch(Occurrence::free);
        // and the series books the dates the preview showed free
        SeriesOutcome series = bookings.bookSeries(vallee, planer, at(0), at(2), Repeat.DAILY, 3, "");
        assertThat(series.booked()).hasSize(1);
        assertThat(series.leftOut()).hasSize(2);
    }

    @Test
    void theOwnersOwnBookingsAreNeverCountedAndAnOrganisationsOwnQuotaReplacesTheGeneralOne() {
        ResourceId van = share("Camionnette de la ressourcerie", ResourceKind.VEHICLE);
        signIn.as(DemoPeople.MANAGER);
        quotas.save(vallee, null, new QuotaData(van, null, null, QuotaPeriod.MONTH, 1, null, null));
        quotas.save(vallee, null, new QuotaData(van, null, coopBatir, QuotaPeriod.MONTH, 10, null, null));
        assertThatThrownBy(() -> quotas.save(vallee, null, new QuotaData(van, null, coopBatir, QuotaPeriod.YEAR, 5,
                null, null))).isInstanceOfSatisfying(InvalidField.class,
                e -> assertThat(e.messageKey()).isEqualTo("quota.exists"));

        signIn.as(DemoPeople.MEMBER); // of the owning organisation
        assertThat(bookings.book(vallee, van, at(0), at(4), "")).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(quotas.myUse(vallee)).as("not a quota of theirs").noneMatch(u -> van.equals(u.quota().resource()));

        signIn.as(DemoPeople.BROWSER_MEMBER); // Coop'Bâtir: its own 10 h, not the general 1 h
        assertThat(bookings.book(vallee, van, at(24), at(28), "")).isEqualTo(BookingStatus.CONFIRMED);

        signIn.as("marc.durand@menuiserie-durand.example"); // the general 1 h
        assertThatThrownBy(() -> bookings.book(vallee, van, at(48), at(50), ""))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.messageKey()).isEqualTo("booking.quota.hours"));
    }

    @Test
    void aCreditInEurosIsSpentAtTheResourcesRateAndATopUpAddsToThisPeriod() {
        ResourceId room = share("Salle de formation (crédit)", ResourceKind.PREMISES);
        signIn.as(DemoPeople.MANAGER);
        resources.setDetails(vallee, room, new ResourceDetails("", null, "", List.of(), RateUnit.HOUR, 1_000));
        UUID quota = quotas.save(vallee, null, new QuotaData(room, null, null, QuotaPeriod.YEAR, null, null, 2_500L));

        signIn.as(DemoPeople.BROWSER_MEMBER);
        bookings.book(vallee, room, at(0), at(2), ""); // 20 €
        assertThatThrownBy(() -> bookings.book(vallee, room, at(3), at(4), "")) // 10 € more: 30 > 25
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("booking.quota.credit");
                    assertThat(e.params()[3]).isEqualTo(new org.coopole.common.Cents(500));
                    assertThat(e.params()[5]).isEqualTo(new org.coopole.common.Cents(1_000));
                });
        assertThatThrownBy(() -> quotas.topUp(vallee, quota, coopBatir, 0, 1_000, ""))
                .as("only its keepers top a quota up").isInstanceOf(AccessDeniedException.class);

        signIn.as(DemoPeople.MANAGER);
        assertThatThrownBy(() -> quotas.topUp(vallee, quota, coopBatir, 0, 0, ""))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.messageKey()).isEqualTo("quota.top-up.nothing"));
        // a top-up is for the current period (2027): the booking now fits
        quotas.topUp(vallee, quota, coopBatir, 0, 1_000, "Subvention");
        signIn.as(DemoPeople.BROWSER_MEMBER);
        assertThat(bookings.book(vallee, room, at(3), at(4), "")).isEqualTo(BookingStatus.CONFIRMED);
        QuotaUse use = quotas.myUse(vallee).stream().filter(u -> room.equals(u.quota().resource())).findFirst()
                .orElseThrow();
        assertThat(use.periodStart()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(use.centsAllowed()).isEqualTo(3_500);
        assertThat(use.usedCents()).isEqualTo(3_000);
        assertThat(use.centsLeft()).isEqualTo(500);
    }

    @Test
    void aNumberOfLiveBookingsAheadFreesAPlaceWhenOneIsCancelled() {
        ResourceId ladder = share("Échafaudage", ResourceKind.EQUIPMENT);
        signIn.as(DemoPeople.MANAGER);
        quotas.save(vallee, null, new QuotaData(ladder, null, null, QuotaPeriod.MONTH, null, 2, null));

        signIn.as(DemoPeople.BROWSER_MEMBER);
        bookings.book(vallee, ladder, at(0), at(1), "");
        bookings.book(vallee, ladder, at(24), at(25), "");
        assertThatThrownBy(() -> bookings.book(vallee, ladder, at(48), at(49), ""))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("booking.quota.ahead");
                    assertThat(e.params()[2]).isEqualTo(LocalDate.ofInstant(at(1), zone));
                });
        var first = bookings.busy(vallee, ladder, at(0), at(2)).getFirst();
        bookings.cancel(vallee, first.id());
        assertThat(bookings.book(vallee, ladder, at(48), at(49), "")).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void onlyTheirKeepersSetQuotasAndFiguresOutOfRangeAreRefusedOnTheirField() {
        ResourceId saw = share("Scie circulaire", ResourceKind.EQUIPMENT);
        signIn.as(DemoPeople.BROWSER_MEMBER);
        assertThatThrownBy(() -> quotas.save(vallee, null, new QuotaData(saw, null, null, QuotaPeriod.WEEK, 3, null,
                null))).isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoPeople.MANAGER); // a manager, not an animator: not a whole kind
        assertThatThrownBy(() -> quotas.save(vallee, null, new QuotaData(null, ResourceKind.EQUIPMENT, null,
                QuotaPeriod.WEEK, 3, null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quotas.save(vallee, null, new QuotaData(saw, null, null, QuotaPeriod.WEEK, null, null,
                null))).isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("maxHours"));
        assertThatThrownBy(() -> quotas.save(vallee, null, new QuotaData(saw, null, null, QuotaPeriod.WEEK, 0, null,
                null))).isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("maxHours"));
        assertThatThrownBy(() -> quotas.save(vallee, null, new QuotaData(saw, null, null, QuotaPeriod.WEEK, null, 5_000,
                null))).isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("maxAhead"));
        assertThatThrownBy(() -> quotas.save(vallee, null, new QuotaData(saw, null, null, QuotaPeriod.WEEK, null, null,
                -1L))).isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("credit"));
        UUID kept = quotas.save(vallee, null, new QuotaData(saw, null, null, QuotaPeriod.WEEK, 3, null, null));

        signIn.as(DemoPeople.BROWSER_MEMBER);
        assertThatThrownBy(() -> quotas.remove(vallee, kept)).isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoPeople.ANIMATOR);
        quotas.remove(vallee, kept);
        assertThat(quotas.quotas(vallee)).noneMatch(q -> q.id().equals(kept));
    }

    /**
     * Eight bookings of one organisation at once, each of an hour on a different resource of a kind whose quota has
     * three hours left that week: exactly three are made, whatever the interleaving.
     */
    @Test
    void concurrentBookingsOfOneKindNeverOverrunTheKindsQuota() throws Exception {
        List<ResourceId> tools = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tools.add(share("Outil partagé " + i, ResourceKind.EQUIPMENT));
        }
        signIn.as("marc.durand@menuiserie-durand.example");
        OrganisationId durand = accounts.me().organisationId();
        signIn.as(DemoPeople.ANIMATOR);
        UUID quota = quotas.save(vallee, null, new QuotaData(null, ResourceKind.EQUIPMENT, durand, QuotaPeriod.WEEK,
                1, null, null));
        // what Durand already booked of the pole's equipment that week (demo data) is counted too: the quota is set
        // to leave exactly three hours
        LocalDate week = LocalDate.ofInstant(monday, zone);
        long usedThatWeek = usedIn(durand, quota, week);
        long hours = (usedThatWeek + 59) / 60 + 3;
        long left = hours * 60 - usedThatWeek;
        quotas.save(vallee, quota, new QuotaData(null, ResourceKind.EQUIPMENT, durand, QuotaPeriod.WEEK, (int) hours,
                null, null));

        var marc = signIn.as("marc.durand@menuiserie-durand.example");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (ResourceId tool : tools) {
                results.add(pool.submit((Callable<Boolean>) () -> {
                    signIn.as(marc);
                    start.await();
                    try {
                        bookings.book(vallee, tool, at(2), at(3), "");
                        return true;
                    } catch (InvalidField refused) {
                        assertThat(refused.messageKey()).isEqualTo("booking.quota.hours");
                        return false;
                    } finally {
                        signIn.out();
                    }
                }));
            }
            start.countDown();
            long made = 0;
            for (Future<Boolean> result : results) {
                made += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(made).isEqualTo(left / 60);
        } finally {
            pool.shutdownNow();
        }
        signIn.as(DemoPeople.ANIMATOR);
        assertThat(usedIn(durand, quota, week)).isLessThanOrEqualTo(hours * 60);
    }

    /** The minutes an organisation booked that week of what the quota counts, as the pole's indicators show. */
    private long usedIn(OrganisationId organisation, UUID quota, LocalDate weekStart) {
        Instant from = weekStart.atStartOfDay(zone).toInstant();
        Instant to = weekStart.plusWeeks(1).atStartOfDay(zone).toInstant();
        return owner.db().select(org.coopole.db.Tables.BOOKING.PERIOD).from(org.coopole.db.Tables.BOOKING)
                .join(org.coopole.db.Tables.RESOURCE).on(org.coopole.db.Tables.RESOURCE.ID
                        .eq(org.coopole.db.Tables.BOOKING.RESOURCE_ID))
                .where(org.coopole.db.Tables.BOOKING.ORGANISATION_ID.eq(organisation),
                        org.coopole.db.Tables.BOOKING.POLE_ID.eq(vallee),
                        org.coopole.db.Tables.BOOKING.STATUS.in(BookingStatus.REQUESTED, BookingStatus.CONFIRMED),
                        org.coopole.db.Tables.RESOURCE.KIND.eq(ResourceKind.EQUIPMENT),
                        org.coopole.db.Tables.RESOURCE.ORGANISATION_ID.ne(organisation))
                .fetch(r -> {
                    Instant s = r.value1().lower().toInstant();
                    Instant e = r.value1().upper().toInstant();
                    Instant a = s.isAfter(from) ? s : from;
                    Instant b = e.isBefore(to) ? e : to;
                    return b.isAfter(a) ? Duration.between(a, b).toMinutes() : 0L;
                }).stream().mapToLong(Long::longValue).sum();
    }
}

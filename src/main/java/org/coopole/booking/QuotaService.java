package org.coopole.booking;

import org.coopole.booking.internal.QuotaRepository;
import org.coopole.booking.internal.QuotaRepository.Counted;
import org.coopole.common.Cents;
import org.coopole.common.InvalidField;
import org.coopole.common.OrganisationId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.common.TextRules;
import org.coopole.common.Words;
import org.coopole.security.CurrentUser;
import org.coopole.security.PoleAccess;
import org.coopole.security.PoleAnimator;
import org.coopole.security.PoleMember;
import org.coopole.security.PoleRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Fair shares: quotas per organisation on a resource or a kind of resource, and the credits topped up on them. The
 * pole's animators keep every quota of the pole, an organisation's managers those of its own resources; everyone reads
 * the quotas that bind their organisation and what is left of them. Bookings are checked against them when they are
 * made, one at a time per organisation and quota ({@link #check}).
 */
@Service
public class QuotaService {

    /** The longest note a top-up keeps. */
    public static final int NOTE_MAX = 500;

    private final QuotaRepository quotas;
    private final CurrentUser currentUser;
    private final PoleAccess access;
    private final org.coopole.resource.ResourceService resources;
    private final org.coopole.audit.AuditTrail audit;
    private final org.coopole.organisation.OrganisationService organisations;
    private final Clock clock;

    QuotaService(QuotaRepository quotas, CurrentUser currentUser, PoleAccess access,
                 org.coopole.resource.ResourceService resources, org.coopole.audit.AuditTrail audit,
                 org.coopole.organisation.OrganisationService organisations, Clock clock) {
        this.organisations = organisations;
        this.quotas = quotas;
        this.currentUser = currentUser;
        this.access = access;
        this.resources = resources;
        this.audit = audit;
        this.clock = clock;
    }

    /** The pole's quotas the person reads: all of them for animators, else those binding their organisation. */
    @Transactional(readOnly = true)
    @PoleMember
    public List<Quota> quotas(PoleId poleId) {
        return quotas.quotas(poleId);
    }

    /** The pole's member organisations, to choose whom a quota binds. */
    @Transactional(readOnly = true)
    @PoleMember
    public Map<OrganisationId, String> organisations(PoleId poleId) {
        return organisations.memberNames(poleId);
    }

    /** The resources the person may set quotas on: all the pole's for animators, else their organisation's. */
    @Transactional(readOnly = true)
    @PoleMember
    public Map<ResourceId, String> resources(PoleId poleId) {
        if (access.hasAnyRole(poleId, PoleRole.ANIMATOR)) {
            return resources.names(poleId, null);
        }
        if (!access.hasAnyRole(poleId, PoleRole.ORGANISATION_MANAGER)) {
            return Map.of();
        }
        return quotas.organisationOf(currentUser.require()).map(o -> resources.names(poleId, o)).orElse(Map.of());
    }

    /** Whether the person may set quotas at all: an animator, or a manager of an organisation sharing resources. */
    @Transactional(readOnly = true)
    @PoleMember
    public boolean maySetQuotas(PoleId poleId) {
        return !resources(poleId).isEmpty() || access.hasAnyRole(poleId, PoleRole.ANIMATOR);
    }

    /**
     * Creates a quota ({@code id} null) or saves one the person keeps; what it limits (a resource or a kind) is set
     * once. Animators set quotas on any resource or kind of the pole, a manager on their organisation's resources.
     *
     * @throws InvalidField for a figure out of range, no limit at all, or a second quota of the same scope and
     *                      organisation
     */
    @Transactional
    @PoleMember
    public UUID save(PoleId poleId, UUID id, QuotaData data) {
        QuotaData clean = clean(data);
        if (id == null) {
            boolean animator = access.hasAnyRole(poleId, PoleRole.ANIMATOR);
            if (clean.resource() == null && !animator) {
                throw new AccessDeniedException("only the pole's animators set quotas on a kind of resource");
            }
            if (clean.resource() != null && !resources(poleId).containsKey(clean.resource())) {
                throw new AccessDeniedException("not a resource this person sets quotas on");
            }
            checkOrganisation(poleId, clean);
            if (quotas.exists(poleId, clean, null)) {
                throw new InvalidField("organisation", "quota.exists");
            }
            UUID created = quotas.create(poleId, clean);
            audit.log(org.coopole.audit.AuditAction.QUOTA_CHANGED, poleId, created.toString(), describe(clean));
            return created;
        }
        Quota existing = quotas.quota(poleId, id).filter(Quota::keeps)
                .orElseThrow(() -> new AccessDeniedException("not a quota this person keeps"));
        QuotaData kept = new QuotaData(existing.resource(), existing.kind(), clean.organisation(), clean.period(),
                clean.maxHours(), clean.maxAhead(), clean.creditCents());
        checkOrganisation(poleId, kept);
        if (quotas.exists(poleId, kept, id)) {
            throw new InvalidField("organisation", "quota.exists");
        }
        if (!quotas.update(id, kept)) {
            throw new AccessDeniedException("not a quota this person keeps");
        }
        audit.log(org.coopole.audit.AuditAction.QUOTA_CHANGED, poleId, id.toString(), describe(kept));
        return id;
    }

    /** Removes a quota the person keeps, with its top-ups. */
    @Transactional
    @PoleMember
    public void remove(PoleId poleId, UUID id) {
        quotas.quota(poleId, id).filter(Quota::keeps)
                .orElseThrow(() -> new AccessDeniedException("not a quota this person keeps"));
        if (!quotas.delete(id)) {
            throw new AccessDeniedException("not a quota this person keeps");
        }
        audit.log(org.coopole.audit.AuditAction.QUOTA_REMOVED, poleId, id.toString(), null);
    }

    /**
     * Tops up an organisation's allowance for the current period of a quota the person keeps: hours, euro cents, or
     * both.
     *
     * @throws InvalidField for nothing to add, a figure out of range, or a note too long
     */
    @Transactional
    @PoleMember
    public void topUp(PoleId poleId, UUID quotaId, OrganisationId organisation, int hours, long cents, String note) {
        Quota quota = quotas.quota(poleId, quotaId).filter(Quota::keeps)
                .orElseThrow(() -> new AccessDeniedException("not a quota this person keeps"));
        if (hours < 0 || hours > 8784) {
            throw new InvalidField("hours", "quota.top-up.range");
        }
        if (cents < 0 || cents > 100_000_000_000L) {
            throw new InvalidField("cents", "quota.top-up.range");
        }
        if (hours == 0 && cents == 0) {
            throw new InvalidField("hours", "quota.top-up.nothing");
        }
        if (organisation == null || !organisations.memberNames(poleId).containsKey(organisation)
                || quota.organisation() != null && !quota.organisation().equals(organisation)) {
            throw new InvalidField("organisation", "quota.top-up.organisation");
        }
        String cleanNote = TextRules.require("note", note, NOTE_MAX, false);
        LocalDate start = quota.period().start(LocalDate.ofInstant(clock.instant(), resources.timeZone(poleId)));
        quotas.topUp(quotaId, organisation, start, hours * 60, cents, cleanNote);
        audit.log(org.coopole.audit.AuditAction.QUOTA_TOPPED_UP, poleId, quotaId.toString(),
                organisation.value() + " +" + hours + " h +" + cents + " c");
    }

    /** What the person's organisation has used and has left of each quota binding it, this period. */
    @Transactional(readOnly = true)
    @PoleMember
    public List<QuotaUse> myUse(PoleId poleId) {
        OrganisationId mine = quotas.organisationOf(currentUser.require()).orElse(null);
        if (mine == null) {
            return List.of();
        }
        String name = organisations.memberNames(poleId).getOrDefault(mine, "");
        ZoneId zone = resources.timeZone(poleId);
        Instant now = clock.instant();
        List<QuotaUse> uses = new ArrayList<>();
        List<Quota> all = quotas.quotas(poleId);
        for (Quota quota : all) {
            if (bindsOnly(quota, mine, all)) {
                LocalDate period = quota.period().start(LocalDate.ofInstant(now, zone));
                uses.add(use(quota, mine, name, period, zone, now,
                        quotas.counted(poleId, quota, mine, period.atStartOfDay(zone).toInstant()),
                        quotas.toppedUp(quota.id(), mine, period)));
            }
        }
        return uses;
    }

    /** Each organisation's use of each quota this period, for the pole's indicators. */
    @Transactional(readOnly = true)
    @PoleAnimator
    public List<QuotaUse> useAgainstQuotas(PoleId poleId) {
        ZoneId zone = resources.timeZone(poleId);
        Instant now = clock.instant();
        Map<OrganisationId, String> members = organisations.memberNames(poleId);
        List<QuotaUse> uses = new ArrayList<>();
        List<Quota> all = quotas.quotas(poleId);
        for (Quota quota : all) {
            // two queries per quota, whatever the number of organisations
            LocalDate period = quota.period().start(LocalDate.ofInstant(now, zone));
            var counted = quotas.countedByOrganisation(poleId, quota, period.atStartOfDay(zone).toInstant());
            var toppedUp = quotas.toppedUpByOrganisation(quota.id(), period);
            members.forEach((organisation, name) -> {
                if (bindsOnly(quota, organisation, all)) {
                    uses.add(use(quota, organisation, name, period, zone, now,
                            counted.getOrDefault(organisation, List.of()),
                            toppedUp.getOrDefault(organisation, new long[2])));
                }
            });
        }
        uses.sort(Comparator.comparingDouble(QuotaUse::fill).reversed());
        return uses;
    }

    /**
     * Refuses a booking the quotas binding the booker's organisation cannot take, in the booking's transaction: the
     * organisation's use of each quota is locked then counted, so that two concurrent bookings never overrun it.
     * Called by {@link BookingService} under the resource's lock, the new booking not yet inserted.
     */
    @Transactional
    @PoleMember
    public void check(PoleId poleId, ResourceId resourceId, Instant start, Instant end, ZoneId zone) {
        List<Quota> binding = quotas.binding(poleId, resourceId, currentUser.require());
        if (binding.isEmpty()) {
            return;
        }
        OrganisationId booker = quotas.organisationOf(currentUser.require()).orElseThrow();
        Instant now = clock.instant();
        long minutes = Duration.between(start, end).toMinutes();
        long cost = quotas.rate(resourceId).map(r -> r.unit().charge(r.rateCents(), minutes)).orElse(0L);
        for (Quota quota : binding) {
            quotas.lock(quota.id(), booker);
        }
        for (Quota quota : binding) {
            LocalDate first = quota.period().start(LocalDate.ofInstant(start, zone));
            List<Counted> counted = quotas.counted(poleId, quota, booker,
                    earliest(now, first.atStartOfDay(zone).toInstant()));
            Optional<InvalidField> breach = breach(poleId, quota, booker, counted, start, end, cost, now, zone);
            if (breach.isPresent()) {
                throw breach.get();
            }
        }
    }

    /**
     * What the quotas binding the person's organisation would say of each period of a repeating booking, in order,
     * each period that passes counting for the next (for the preview: nothing is locked, the booking checks again).
     */
    @Transactional(readOnly = true)
    @PoleMember
    public List<Optional<InvalidField>> preview(PoleId poleId, ResourceId resourceId, List<Instant[]> periods,
                                                ZoneId zone) {
        List<Quota> binding = periods.isEmpty() ? List.of()
                : quotas.binding(poleId, resourceId, currentUser.require());
        List<Optional<InvalidField>> said = new ArrayList<>();
        if (binding.isEmpty()) {
            periods.forEach(p -> said.add(Optional.empty()));
            return said;
        }
        OrganisationId booker = quotas.organisationOf(currentUser.require()).orElseThrow();
        Instant now = clock.instant();
        Counted rate = quotas.rate(resourceId).orElseThrow();
        Map<UUID, List<Counted>> counted = new HashMap<>();
        for (Quota quota : binding) {
            LocalDate first = quota.period().start(LocalDate.ofInstant(periods.getFirst()[0], zone));
            counted.put(quota.id(), new ArrayList<>(quotas.counted(poleId, quota, booker,
                    earliest(now, first.atStartOfDay(zone).toInstant()))));
        }
        for (Instant[] period : periods) {
            long cost = rate.unit().charge(rate.rateCents(), Duration.between(period[0], period[1]).toMinutes());
            Optional<InvalidField> breach = Optional.empty();
            for (Quota quota : binding) {
                breach = breach(poleId, quota, booker, counted.get(quota.id()), period[0], period[1], cost, now, zone);
                if (breach.isPresent()) {
                    break;
                }
            }
            if (breach.isEmpty()) {
                counted.values().forEach(list -> list.add(new Counted(period[0], period[1], rate.unit(),
                        rate.rateCents())));
            }
            said.add(breach);
        }
        return said;
    }

    private Optional<InvalidField> breach(PoleId poleId, Quota quota, OrganisationId booker, List<Counted> counted,
                                          Instant start, Instant end, long cost, Instant now, ZoneId zone) {
        Object scope = scope(quota);
        Words per = new Words("quota.per." + quota.period().name());
        if (quota.maxAhead() != null) {
            List<Counted> ahead = counted.stream().filter(c -> c.end().isAfter(now)).toList();
            if (ahead.size() + 1 > quota.maxAhead()) {
                LocalDate frees = LocalDate.ofInstant(ahead.getFirst().end(), zone);
                return Optional.of(new InvalidField("start", "booking.quota.ahead", scope, quota.maxAhead(), frees));
            }
        }
        for (LocalDate period = quota.period().start(LocalDate.ofInstant(start, zone));
             period.atStartOfDay(zone).toInstant().isBefore(end); period = quota.period().next(period)) {
            Instant from = period.atStartOfDay(zone).toInstant();
            LocalDate resets = quota.period().next(period);
            Instant to = resets.atStartOfDay(zone).toInstant();
            long[] toppedUp = quotas.toppedUp(quota.id(), booker, period);
            if (quota.maxMinutes() != null) {
                long allowed = quota.maxMinutes() + toppedUp[0];
                long used = usedMinutes(counted, from, to);
                if (used + overlap(start, end, from, to) > allowed) {
                    return Optional.of(new InvalidField("end", "booking.quota.hours", scope, hours(allowed), per,
                            hours(Math.max(0, allowed - used)), resets));
                }
            }
            if (quota.creditCents() != null && !start.isBefore(from) && start.isBefore(to)) {
                long allowed = quota.creditCents() + toppedUp[1];
                long spent = spentCents(counted, from, to);
                if (spent + cost > allowed) {
                    return Optional.of(new InvalidField("end", "booking.quota.credit", scope, new Cents(allowed), per,
                            new Cents(Math.max(0, allowed - spent)), resets, new Cents(cost)));
                }
            }
        }
        return Optional.empty();
    }

    /** An organisation's use of a quota in the period starting that day, from its counted bookings and top-ups. */
    private static QuotaUse use(Quota quota, OrganisationId organisation, String name, LocalDate period, ZoneId zone,
                                Instant now, List<Counted> counted, long[] toppedUp) {
        LocalDate resets = quota.period().next(period);
        Instant from = period.atStartOfDay(zone).toInstant();
        Instant to = resets.atStartOfDay(zone).toInstant();
        int ahead = (int) counted.stream().filter(c -> c.end().isAfter(now)).count();
        return new QuotaUse(quota, organisation, name, period, resets, usedMinutes(counted, from, to),
                quota.maxMinutes() == null ? null : quota.maxMinutes() + toppedUp[0], spentCents(counted, from, to),
                quota.creditCents() == null ? null : quota.creditCents() + toppedUp[1], ahead, quota.maxAhead());
    }

    /**
     * Whether the quota is the one binding the organisation for its scope (its own replaces the general one), and
     * the resource is not the organisation's own.
     */
    private static boolean bindsOnly(Quota quota, OrganisationId organisation, List<Quota> all) {
        if (organisation.equals(quota.owner())) {
            return false; // an organisation's own bookings of its own resource are never counted
        }
        if (quota.organisation() != null) {
            return quota.organisation().equals(organisation);
        }
        return all.stream().noneMatch(other -> organisation.equals(other.organisation())
                && java.util.Objects.equals(other.resource(), quota.resource())
                && java.util.Objects.equals(other.kind(), quota.kind()));
    }

    private static long usedMinutes(List<Counted> counted, Instant from, Instant to) {
        return counted.stream().mapToLong(c -> overlap(c.start(), c.end(), from, to)).sum();
    }

    /** The euros of the bookings starting in the period, each at its resource's rate. */
    private static long spentCents(List<Counted> counted, Instant from, Instant to) {
        return counted.stream().filter(c -> !c.start().isBefore(from) && c.start().isBefore(to))
                .mapToLong(c -> c.unit().charge(c.rateCents(), Duration.between(c.start(), c.end()).toMinutes()))
                .sum();
    }

    private static long overlap(Instant aStart, Instant aEnd, Instant bStart, Instant bEnd) {
        Instant from = aStart.isAfter(bStart) ? aStart : bStart;
        Instant to = aEnd.isBefore(bEnd) ? aEnd : bEnd;
        return to.isAfter(from) ? Duration.between(from, to).toMinutes() : 0;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.DOWN)
                .stripTrailingZeros();
    }

    private static Object scope(Quota quota) {
        return quota.resource() != null ? quota.resourceName() : new Words("quota.scope." + quota.kind().name());
    }

    private void checkOrganisation(PoleId poleId, QuotaData data) {
        if (data.organisation() != null && !organisations.memberNames(poleId).containsKey(data.organisation())) {
            throw new InvalidField("organisation", "quota.organisation.elsewhere");
        }
    }

    private static QuotaData clean(QuotaData data) {
        if (data.resource() == null && data.kind() == null) {
            throw new InvalidField("scope", "validation.required");
        }
        if (data.period() == null) {
            throw new InvalidField("period", "validation.required");
        }
        if (data.maxHours() == null && data.maxAhead() == null && data.creditCents() == null) {
            throw new InvalidField("maxHours", "quota.no-limit");
        }
        if (data.maxHours() != null && (data.maxHours() < 1 || data.maxHours() > 8784)) {
            throw new InvalidField("maxHours", "quota.hours.range");
        }
        if (data.maxAhead() != null && (data.maxAhead() < 1 || data.maxAhead() > 1000)) {
            throw new InvalidField("maxAhead", "quota.ahead.range");
        }
        if (data.creditCents() != null && (data.creditCents() < 0 || data.creditCents() > 100_000_000_000L)) {
            throw new InvalidField("credit", "quota.credit.range");
        }
        return data;
    }

    private static String describe(QuotaData data) {
        return (data.resource() != null ? data.resource().toString() : data.kind().name()) + " / "
                + (data.organisation() == null ? "*" : data.organisation().toString()) + " / " + data.period()
                + " / h=" + data.maxHours() + " ahead=" + data.maxAhead() + " cents=" + data.creditCents();
    }
}

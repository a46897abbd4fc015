package org.coopole.costs;

import org.coopole.common.InvalidField;
import org.coopole.common.OrganisationId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.common.TextRules;
import org.coopole.common.report.ExportFormat;
import org.coopole.common.report.ReportPdf;
import org.coopole.common.report.ReportXlsx;
import org.coopole.costs.internal.CostRepository;
import org.coopole.resource.RateUnit;
import org.coopole.resource.ResourceService;
import org.coopole.security.CurrentUser;
import org.coopole.security.PoleAccess;
import org.coopole.security.PoleAnimator;
import org.coopole.security.PoleMember;
import org.coopole.security.PoleRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Cost pools and statements. The pole's animators keep the pole's pools and read every organisation's statement; an
 * organisation's managers keep the pools of its own resources and read its own statement. A pool's amount for a
 * period is its yearly or monthly amount in proportion to the days of each year or month the period covers, rounded
 * to the cent once; it is shared among its organisations by its keys (largest remainders: the shares add up to it).
 */
@Service
public class CostService {

    /** The longest period a statement covers. */
    public static final int MAX_DAYS = 366 * 3;
    private static final MathContext PRECISION = new MathContext(40, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CostRepository costs;
    private final CurrentUser currentUser;
    private final PoleAccess access;
    private final ResourceService resources;
    private final com.vaadin.flow.i18n.I18NProvider translations;
    private final java.time.Clock clock;

    private final org.coopole.organisation.OrganisationService organisations;

    CostService(CostRepository costs, CurrentUser currentUser, PoleAccess access, ResourceService resources,
                com.vaadin.flow.i18n.I18NProvider translations, java.time.Clock clock,
                org.coopole.organisation.OrganisationService organisations) {
        this.organisations = organisations;
        this.translations = translations;
        this.clock = clock;
        this.costs = costs;
        this.currentUser = currentUser;
        this.access = access;
        this.resources = resources;
    }

    /** The pools the person reads: the pole's, its own organisation's, and those it shares; all for animators. */
    @Transactional(readOnly = true)
    @PoleMember
    public List<Pool> pools(PoleId poleId) {
        return costs.pools(poleId);
    }

    /** The pole's member organisations, to choose those sharing a pool or whose statement to read. */
    @Transactional(readOnly = true)
    @PoleMember
    public Map<OrganisationId, String> organisations(PoleId poleId) {
        return organisations.memberNames(poleId);
    }

    /** The resources a pool may cover: all the pole's for the pole's pool, its organisation's for its own. */
    @Transactional(readOnly = true)
    @PoleMember
    public Map<ResourceId, String> resources(PoleId poleId, boolean polePool) {
        return resources.names(poleId, polePool ? null : myOrganisation().orElse(null));
    }

    /**
     * Creates a pool ({@code id} null) or saves it from the version read: the pole's pool for its animators ({@code
     * polePool}), else one of the person's organisation for its managers.
     *
     * @throws InvalidField           for a field that cannot be stored, or fixed percentages that do not add up to 100
     * @throws CostPoolChangedMeanwhile when someone saved it after it was read: nothing is written
     */
    @Transactional
    @PoleMember
    public UUID save(PoleId poleId, UUID id, int version, boolean polePool, PoolData data) {
        PoolData clean = clean(poleId, data);
        OrganisationId owner = null;
        if (id == null) {
            if (polePool) {
                if (!access.hasAnyRole(poleId, PoleRole.ANIMATOR)) {
                    throw new AccessDeniedException("only the pole's animators keep the pole's pools");
                }
            } else {
                owner = myOrganisation().filter(o -> access.hasAnyRole(poleId, PoleRole.ORGANISATION_MANAGER))
                        .orElseThrow(() -> new AccessDeniedException("only an organisation's managers keep its pools"));
            }
            Set<ResourceId> allowed = resources.names(poleId, owner).keySet();
            if (!allowed.containsAll(clean.resources())) {
                throw new InvalidField("resources", "costs.pool.resource-elsewhere");
            }
            return costs.create(poleId, owner, clean);
        }
        if (!costs.keeps(poleId, id)) {
            throw new AccessDeniedException("not a pool this person keeps");
        }
        Pool current = costs.pools(poleId).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        if (!resources.names(poleId, current.owner()).keySet().containsAll(clean.resources())) {
            throw new InvalidField("resources", "costs.pool.resource-elsewhere");
        }
        if (!costs.update(id, version, clean)) {
            throw new CostPoolChangedMeanwhile();
        }
        return id;
    }

    /** Removes a pool; only its keepers. */
    @Transactional
    @PoleMember
    public void remove(PoleId poleId, UUID id) {
        if (id == null || !costs.keeps(poleId, id)) {
            throw new AccessDeniedException("not a pool this person keeps");
        }
        costs.remove(id);
    }

    /**
     * An organisation's statement for the days {@code from} to {@code to} included, on the pole's clock: the pole's
     * animators read any member organisation's, an organisation's managers their own.
     *
     * @throws InvalidField for a period backwards or longer than three years
     */
    @Transactional(readOnly = true)
    @PoleMember
    public Statement statement(PoleId poleId, OrganisationId organisation, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        boolean animator = access.hasAnyRole(poleId, PoleRole.ANIMATOR);
        boolean ownManager = access.hasAnyRole(poleId, PoleRole.ORGANISATION_MANAGER)
                && myOrganisation().filter(o -> o.equals(organisation)).isPresent();
        Map<OrganisationId, String> members = organisations.memberNames(poleId);
        if (organisation == null || !(animator && members.containsKey(organisation) || ownManager)) {
            throw new AccessDeniedException("only the pole's animators and an organisation's managers read its statement");
        }
        return statements(poleId, List.of(organisation), members, from, to).getFirst();
    }

    /**
     * The organisation's statement as a file: CSV for French spreadsheets (UTF-8 with a BOM, {@code ;}), an XLSX
     * workbook or a PDF.
     */
    @Transactional(readOnly = true)
    @PoleMember
    public byte[] statementFile(PoleId poleId, OrganisationId organisation, LocalDate from, LocalDate to,
                                java.util.Locale locale, ExportFormat format) {
        java.util.Locale language = locale == null ? java.util.Locale.FRENCH : locale;
        Statement statement = statement(poleId, organisation, from, to);
        ZoneId zone = resources.timeZone(poleId);
        java.util.function.Function<String, String> words = key -> translations.getTranslation(key, language);
        return switch (format == null ? ExportFormat.CSV : format) {
            case CSV -> StatementCsv.write(statement, language, zone, words);
            case XLSX -> ReportXlsx.write(StatementReport.of(statement, language, zone, translations,
                    LocalDate.now(clock.withZone(zone))));
            case PDF -> ReportPdf.write(StatementReport.of(statement, language, zone, translations,
                    LocalDate.now(clock.withZone(zone))), language);
        };
    }

    /**
     * Each pool's amount for the period (before it is shared), for the pole's indicators: the pole's pools and its
     * organisations' alike.
     */
    @Transactional(readOnly = true)
    @PoleAnimator
    public List<SharedCost> shared(PoleId poleId, LocalDate from, LocalDate to) {
        return costs.pools(poleId).stream()
                .map(pool -> new SharedCost(pool.data().name(), amountFor(pool.data().period(),
                        pool.data().amountCents(), from, to), pool.data().shares().size()))
                .filter(s -> s.cents() > 0)
                .sorted(java.util.Comparator.comparingLong(SharedCost::cents).reversed())
                .toList();
    }

    /** Every member organisation's statement for the period; the pole's animators only. */
    @Transactional(readOnly = true)
    @PoleAnimator
    public List<Statement> statements(PoleId poleId, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        Map<OrganisationId, String> members = organisations.memberNames(poleId);
        return statements(poleId, new ArrayList<>(members.keySet()), members, from, to);
    }

    private List<Statement> statements(PoleId poleId, List<OrganisationId> wanted, Map<OrganisationId, String> names,
                                       LocalDate from, LocalDate to) {
        ZoneId zone = resources.timeZone(poleId);
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<OrganisationId, List<Statement.PoolShare>> shares = new LinkedHashMap<>();
        wanted.forEach(o -> shares.put(o, new ArrayList<>()));
        for (Pool pool : costs.pools(poleId)) {
            if (pool.data().shares().stream().noneMatch(s -> shares.containsKey(s.organisation()))) {
                continue;
            }
            share(pool, from, to, start, end).forEach((organisation, line) -> {
                if (shares.containsKey(organisation)) {
                    shares.get(organisation).add(line);
                }
            });
        }
        List<Statement> statements = new ArrayList<>();
        for (OrganisationId organisation : wanted) {
            List<Statement.Charge> owes = new ArrayList<>();
            List<Statement.Charge> owed = new ArrayList<>();
            for (CostRepository.Rated rated : costs.rated(poleId, organisation, start, end)) {
                boolean booker = rated.booker().equals(organisation);
                Statement.Charge charge = new Statement.Charge(rated.booking(), rated.resourceName(),
                        booker ? rated.ownerName() : rated.bookerName(), rated.start(), rated.end(),
                        rated.unit().name(), rated.rateCents(), charge(rated.unit(), rated.rateCents(),
                        ChronoUnit.MINUTES.between(rated.start(), rated.end())));
                (booker ? owes : owed).add(charge);
            }
            statements.add(new Statement(organisation, names.getOrDefault(organisation,
                    costs.organisationName(organisation).orElse("")), from, to, shares.get(organisation), owes, owed));
        }
        return statements;
    }

    /** Each organisation's share of the pool for the period, with its basis. */
    private Map<OrganisationId, Statement.PoolShare> share(Pool pool, LocalDate from, LocalDate to, Instant start,
                                                          Instant end) {
        PoolData data = pool.data();
        long amount = amountFor(data.period(), data.amountCents(), from, to);
        Map<OrganisationId, Long> booked = data.weight(CostKey.HOURS) > 0
                ? costs.bookedMinutes(data.resources(), start, end) : Map.of();
        Map<CostKey, Map<OrganisationId, BigDecimal>> basis = new LinkedHashMap<>();
        for (CostKey key : CostKey.values()) {
            if (data.weight(key) == 0) {
                continue;
            }
            Map<OrganisationId, BigDecimal> figures = new LinkedHashMap<>();
            for (ShareData share : data.shares()) {
                figures.put(share.organisation(), switch (key) {
                    case HOURS -> BigDecimal.valueOf(booked.getOrDefault(share.organisation(), 0L))
                            .divide(BigDecimal.valueOf(60), PRECISION);
                    case AREA -> share.areaM2();
                    case HEADCOUNT -> share.headcount();
                    case EQUAL -> BigDecimal.ONE;
                    case FIXED -> share.percent();
                });
            }
            basis.put(key, figures);
        }
        // keys with nothing to share by (no hour booked, no m² given) leave their weight to the others
        int weights = 0;
        for (var entry : basis.entrySet()) {
            if (total(entry.getValue()).signum() > 0) {
                weights += data.weight(entry.getKey());
            }
        }
        Map<OrganisationId, BigDecimal> fractions = new LinkedHashMap<>();
        for (ShareData share : data.shares()) {
            BigDecimal fraction = BigDecimal.ZERO;
            for (var entry : basis.entrySet()) {
                BigDecimal total = total(entry.getValue());
                if (total.signum() > 0) {
                    fraction = fraction.add(BigDecimal.valueOf(data.weight(entry.getKey()))
                            .multiply(entry.getValue().get(share.organisation()))
                            .divide(total.multiply(BigDecimal.valueOf(weights)), PRECISION));
                }
            }
            fractions.put(share.organisation(), fraction);
        }
        Map<OrganisationId, Long> cents = Allocation.allocate(amount, fractions);
        Map<OrganisationId, Statement.PoolShare> lines = new LinkedHashMap<>();
        BigDecimal sum = total(fractions);
        for (ShareData share : data.shares()) {
            List<Statement.Basis> shown = new ArrayList<>();
            basis.forEach((key, figures) -> shown.add(new Statement.Basis(key, figures.get(share.organisation()),
                    total(figures), data.weight(key))));
            BigDecimal fraction = sum.signum() > 0 ? fractions.get(share.organisation())
                    : BigDecimal.ONE.divide(BigDecimal.valueOf(data.shares().size()), PRECISION);
            lines.put(share.organisation(), new Statement.PoolShare(pool.id(), data.name(), amount, shown,
                    fraction.setScale(6, RoundingMode.HALF_EVEN), cents.get(share.organisation())));
        }
        return lines;
    }

    /**
     * A pool's amount for the days from {@code from} to {@code to} included: its yearly (or monthly) amount times the
     * share of each year's (or month's) days the period covers, rounded to the cent once.
     */
    static long amountFor(CostPeriod period, long cents, LocalDate from, LocalDate to) {
        BigDecimal amount = BigDecimal.ZERO;
        LocalDate day = from;
        while (!day.isAfter(to)) {
            LocalDate periodStart = period == CostPeriod.YEAR ? day.withDayOfYear(1) : day.withDayOfMonth(1);
            LocalDate periodEnd = period == CostPeriod.YEAR ? periodStart.plusYears(1) : periodStart.plusMonths(1);
            LocalDate until = to.plusDays(1).isBefore(periodEnd) ? to.plusDays(1) : periodEnd;
            long covered = ChronoUnit.DAYS.between(day, until);
            long length = ChronoUnit.DAYS.between(periodStart, periodEnd);
            amount = amount.add(BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(covered))
                    .divide(BigDecimal.valueOf(length), PRECISION));
            day = until;
        }
        return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** A booking at its resource's rate: by the minute for an hourly rate, by started half-day or day otherwise. */
    public static long charge(RateUnit unit, long rateCents, long minutes) {
        return unit.charge(rateCents, minutes);
    }

    private static BigDecimal total(Map<?, BigDecimal> figures) {
        return figures.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Optional<OrganisationId> myOrganisation() {
        return costs.organisationOf(currentUser.require());
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidField("from", "validation.required");
        }
        if (to == null) {
            throw new InvalidField("to", "validation.required");
        }
        if (to.isBefore(from)) {
            throw new InvalidField("to", "costs.period.backwards");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS || from.getYear() < 2000 || to.getYear() > 2100) {
            throw new InvalidField("to", "costs.period.too-long");
        }
    }

    private PoolData clean(PoleId poleId, PoolData data) {
        if (data == null) {
            throw new InvalidField("name", "validation.required");
        }
        String name = TextRules.require("name", data.name(), PoolData.NAME_MAX, true);
        if (data.period() == null) {
            throw new InvalidField("period", "validation.required");
        }
        if (data.amountCents() < 0 || data.amountCents() > PoolData.AMOUNT_MAX_CENTS) {
            throw new InvalidField("amount", "costs.pool.amount-out-of-range");
        }
        int weights = 0;
        for (CostKey key : CostKey.values()) {
            int weight = data.weight(key);
            if (weight < 0 || weight > PoolData.WEIGHT_MAX) {
                throw new InvalidField("weights", "costs.pool.weight-out-of-range", PoolData.WEIGHT_MAX);
            }
            weights += weight;
        }
        if (weights == 0) {
            throw new InvalidField("weights", "costs.pool.no-key");
        }
        if (data.shares().isEmpty()) {
            throw new InvalidField("shares", "costs.pool.nobody");
        }
        Set<OrganisationId> seen = new HashSet<>();
        Set<OrganisationId> members = organisations.memberNames(poleId).keySet();
        BigDecimal percents = BigDecimal.ZERO;
        for (ShareData share : data.shares()) {
            if (share.organisation() == null || !members.contains(share.organisation()) || !seen.add(share.organisation())) {
                throw new InvalidField("shares", "costs.pool.organisation-elsewhere");
            }
            if (share.areaM2().signum() < 0 || share.areaM2().compareTo(BigDecimal.valueOf(1_000_000)) > 0
                    || share.headcount().signum() < 0 || share.headcount().compareTo(BigDecimal.valueOf(100_000)) > 0
                    || share.percent().signum() < 0 || share.percent().compareTo(HUNDRED) > 0
                    || share.areaM2().stripTrailingZeros().scale() > 2 || share.headcount().stripTrailingZeros().scale() > 2
                    || share.percent().stripTrailingZeros().scale() > 4) {
                throw new InvalidField("shares", "costs.pool.figure-out-of-range");
            }
            percents = percents.add(share.percent());
        }
        if (data.weight(CostKey.FIXED) > 0 && percents.compareTo(HUNDRED) != 0) {
            throw new InvalidField("shares", "costs.pool.percent-total", percents.stripTrailingZeros());
        }
        if (data.weight(CostKey.HOURS) > 0 && data.resources().isEmpty()) {
            throw new InvalidField("resources", "costs.pool.no-resource");
        }
        return new PoolData(name, data.period(), data.amountCents(), data.weights(),
                List.copyOf(new java.util.LinkedHashSet<>(data.resources())), data.shares());
    }
}

package org.coopole.indicators;

import org.coopole.common.InvalidField;
import org.coopole.common.OrganisationId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.costs.CostService;
import org.coopole.costs.InKindCategory;
import org.coopole.costs.InKindRules;
import org.coopole.costs.InKindService;
import org.coopole.indicators.internal.IndicatorRepository;
import org.coopole.organisation.LegalForm;
import org.coopole.resource.ResourceService;
import org.coopole.security.PoleAnimator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pole's indicators for any period on its clock, computed from Coopole's own data when asked, for the pole's
 * animators (decision 0021 says how each is counted).
 */
@Service
public class IndicatorService {

    /** The longest period the indicators cover. */
    public static final int MAX_DAYS = 366 * 5;
    /** A resource without opening hours counts as open 8:00 to 18:00 on weekdays. */
    static final long DEFAULT_OPEN_MINUTES = 600;

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();

    /** A French address's end: a postal code and its town ("… 26400 Crest", "26150 Die Cedex"). */
    private static final java.util.regex.Pattern COMMUNE = java.util.regex.Pattern.compile(
            "(?:^|[\\s,])(\\d{5})\\s+([^\\d,;\\n][^,;\\n]*?)(?:\\s+cedex(?:\\s*\\d*)?)?\\s*$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private final IndicatorRepository repository;
    private final ResourceService resources;
    private final org.coopole.security.CurrentUser currentUser;
    private final InKindService inKind;
    private final CostService costs;
    private final java.time.Clock clock;

    IndicatorService(IndicatorRepository repository, ResourceService resources,
                     org.coopole.security.CurrentUser currentUser, InKindService inKind, CostService costs,
                     java.time.Clock clock) {
        this.repository = repository;
        this.resources = resources;
        this.currentUser = currentUser;
        this.inKind = inKind;
        this.costs = costs;
        this.clock = clock;
    }

    /**
     * Freezes the period's indicators as a dated report, as they are computed now: later edits do not change it.
     *
     * @throws InvalidField for an empty or too long title, or a period the indicators refuse
     */
    @Transactional
    @PoleAnimator
    public java.util.UUID freeze(PoleId poleId, LocalDate from, LocalDate to, String title) {
        String clean = org.coopole.common.TextRules.require("title", title, Snapshot.TITLE_MAX, true);
        Indicators figures = indicators(poleId, from, to);
        return repository.freeze(poleId, clean, from, to, JSON.writeValueAsString(figures), currentUser.require());
    }

    /** The pole's frozen reports, the latest first. */
    @Transactional(readOnly = true)
    @PoleAnimator
    public List<Snapshot.Listed> snapshots(PoleId poleId) {
        return repository.snapshots(poleId);
    }

    /** A frozen report with its figures as they were; empty for one that is not the pole's. */
    @Transactional(readOnly = true)
    @PoleAnimator
    public java.util.Optional<Snapshot> snapshot(PoleId poleId, java.util.UUID id) {
        return id == null ? java.util.Optional.empty() : repository.snapshot(poleId, id)
                .map(r -> new Snapshot(id, (String) r[0], (Instant) r[1], (String) r[2],
                        JSON.readValue((String) r[3], Indicators.class)));
    }

    /**
     * The indicators for the days {@code from} to {@code to} included.
     *
     * @throws InvalidField for a period backwards, before 2000, after 2100 or longer than five years
     */
    @Transactional(readOnly = true)
    @PoleAnimator
    public Indicators indicators(PoleId poleId, LocalDate from, LocalDate to) {
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
            throw new InvalidField("to", "indicators.period.too-long");
        }
        ZoneId zone = resources.timeZone(poleId);
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();

        List<String> forms = Arrays.stream(LegalForm.values()).map(Enum::name).toList();
        List<long[]> byForm = repository.membersByLegalForm(poleId, forms);
        List<Indicators.Row> legalForms = new ArrayList<>();
        long total = 0;
        long ess = 0;
        for (int i = 0; i < forms.size(); i++) {
            if (byForm.get(i)[0] > 0) {
                legalForms.add(new Indicators.Row(forms.get(i), byForm.get(i)[0]));
            }
            total += byForm.get(i)[0];
            ess += byForm.get(i)[1];
        }
        Map<String, Long> communes = new java.util.TreeMap<>();
        repository.memberAddresses(poleId).forEach(address -> communes.merge(commune(address), 1L, Long::sum));
        List<Indicators.Row> byCommune = communes.entrySet().stream()
                .map(e -> new Indicators.Row(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Indicators.Row::count).reversed()
                        .thenComparing(r -> r.label().isEmpty() ? "\uFFFF" : r.label()))
                .toList();
        Indicators.Members members = new Indicators.Members(legalForms, total, ess, repository.joined(poleId, from, to),
                repository.left(poleId, from, to), byCommune);

        List<IndicatorRepository.Booked> booked = repository.confirmed(poleId, start, end);
        long bookedMinutes = booked.stream().mapToLong(b -> minutes(b.start(), b.end())).sum();
        Object[] decided = repository.decided(poleId, start, end);
        long decisions = ((Number) decided[0]).longValue();
        long declined = ((Number) decided[1]).longValue();
        Indicators.Bookings bookings = new Indicators.Bookings(booked.size(), bookedMinutes, decisions, declined,
                decisions == 0 ? null : BigDecimal.valueOf(declined * 100).divide(BigDecimal.valueOf(decisions), 1,
                        RoundingMode.HALF_UP),
                decided[2] == null ? null : new BigDecimal(decided[2].toString()).setScale(1, RoundingMode.HALF_UP));

        // use rate: hours booked (clipped to the period) over open hours
        Map<ResourceId, Long> minutesBy = new LinkedHashMap<>();
        for (IndicatorRepository.Booked b : booked) {
            Instant s = b.start().isBefore(start) ? start : b.start();
            Instant e = b.end().isAfter(end) ? end : b.end();
            minutesBy.merge(b.resource(), minutes(s, e), Long::sum);
        }
        List<Indicators.Use> uses = new ArrayList<>();
        for (IndicatorRepository.Opening opening : repository.openings(poleId)) {
            long open = openMinutes(opening, from, to);
            long used = minutesBy.getOrDefault(opening.resource(), 0L);
            uses.add(new Indicators.Use(opening.name(), opening.organisation(), used, open, open == 0 ? null
                    : BigDecimal.valueOf(used * 100).divide(BigDecimal.valueOf(open), 1, RoundingMode.HALF_UP)));
        }
        uses.sort(Comparator.comparing((Indicators.Use u) -> u.rate() == null ? BigDecimal.valueOf(-1) : u.rate())
                .reversed().thenComparing(Indicators.Use::resource));

        // who lent to whom, between two organisations: a row per lender and a column per borrower, by name
        Map<OrganisationId, String> names = new java.util.HashMap<>();
        java.util.Set<OrganisationId> lending = new java.util.HashSet<>();
        java.util.Set<OrganisationId> borrowing = new java.util.HashSet<>();
        for (IndicatorRepository.Booked b : booked) {
            if (!b.owner().equals(b.booker())) {
                names.put(b.owner(), b.ownerName());
                names.put(b.booker(), b.bookerName());
                lending.add(b.owner());
                borrowing.add(b.booker());
            }
        }
        Comparator<OrganisationId> byName = Comparator.<OrganisationId, String>comparing(names::get)
                .thenComparing(id -> id.value());
        List<OrganisationId> lenderIds = lending.stream().sorted(byName).toList();
        List<OrganisationId> borrowerIds = borrowing.stream().sorted(byName).toList();
        Map<OrganisationId, Integer> row = new java.util.HashMap<>();
        Map<OrganisationId, Integer> column = new java.util.HashMap<>();
        for (int i = 0; i < lenderIds.size(); i++) {
            row.put(lenderIds.get(i), i);
        }
        for (int j = 0; j < borrowerIds.size(); j++) {
            column.put(borrowerIds.get(j), j);
        }
        long[][] lentMinutes = new long[lenderIds.size()][borrowerIds.size()];
        long[][] lentValue = new long[lenderIds.size()][borrowerIds.size()];
        Map<String, Long> staff = new LinkedHashMap<>();
        Map<String, Long> skills = new java.util.TreeMap<>();
        Map<ResourceId, List<String>> skillsOf = repository.staffSkills(poleId);
        InKindRules rules = inKind.rules(poleId);
        Instant now = clock.instant();
        Map<InKindCategory, Long> inKindBy = new java.util.EnumMap<>(InKindCategory.class);
        for (IndicatorRepository.Booked b : booked) {
            if (b.owner().equals(b.booker())) {
                continue;
            }
            long m = minutes(b.start(), b.end());
            int i = row.get(b.owner());
            int j = column.get(b.booker());
            lentMinutes[i][j] += m;
            long paid = CostService.charge(b.rateUnit(), b.rateCents(), m);
            if (!rules.rules().containsKey(b.resource())) {
                lentValue[i][j] += paid; // valued at its rate: nothing given in kind
            } else {
                long worth = rules.worth(b.resource(), b.rateUnit(), b.rateCents(), m);
                lentValue[i][j] += worth;
                if (worth > paid && !b.end().isAfter(now)) {
                    inKindBy.merge(rules.category(b.resource(), b.staff()), worth - paid, Long::sum);
                }
            }
            if (b.staff()) {
                staff.merge(b.ownerName(), m, Long::sum);
                skillsOf.getOrDefault(b.resource(), List.of()).forEach(skill -> skills.merge(skill, m, Long::sum));
            }
        }
        repository.enteredStaffMinutes(poleId, from, to).forEach((org, m) -> staff.merge(org, m, Long::sum));
        List<Indicators.Row> staffHours = staff.entrySet().stream()
                .map(e -> new Indicators.Row(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Indicators.Row::count).reversed()).toList();

        List<Indicators.Outcome> outcomes = repository.outcomes(poleId, from, to).stream()
                .map(r -> new Indicators.Outcome((String) r[0], (String) r[1], (String) r[2],
                        r[3] == null ? BigDecimal.ZERO : (BigDecimal) r[3], r[4] == null ? BigDecimal.ZERO : (BigDecimal) r[4]))
                .toList();
        long[] money = repository.actualBudgets(poleId, from, to);
        BigDecimal perProject = repository.partnersPerProject(poleId, from, to);
        Indicators.Money budgets = new Indicators.Money(money[0], money[1], money[2], money[3],
                percent(money[2], money[1]), percent(money[3], money[1]),
                perProject == null ? null : perProject.setScale(1, RoundingMode.HALF_UP));

        return new Indicators(from, to, members, rows(repository.resourcesBy(poleId, true)),
                rows(repository.resourcesBy(poleId, false)), bookings, uses,
                lenderIds.stream().map(names::get).toList(), borrowerIds.stream().map(names::get).toList(),
                lentMinutes, lentValue, staffHours, rows(repository.projectsByStatus(poleId, from, to)),
                rows(repository.projectsByTheme(poleId, from, to)), outcomes, budgets,
                inKindBy.entrySet().stream().map(e -> new Indicators.Row(e.getKey().name(), e.getValue())).toList(),
                costs.shared(poleId, from, to).stream().map(c -> new Indicators.Row(c.pool(), c.cents())).toList(),
                skills.entrySet().stream().map(e -> new Indicators.Row(e.getKey(), e.getValue()))
                        .sorted(Comparator.comparingLong(Indicators.Row::count).reversed()).toList());
    }

    /** The postal code and town an address ends with, as "26400 Crest"; empty when it ends with neither. */
    static String commune(String address) {
        if (address == null) {
            return "";
        }
        java.util.regex.Matcher found = COMMUNE.matcher(address.strip());
        return found.find() ? found.group(1) + " " + found.group(2).strip() : "";
    }

    /** A resource's open minutes in the period: its opening hours, or 8:00–18:00 on weekdays, less its closed days. */
    static long openMinutes(IndicatorRepository.Opening opening, LocalDate from, LocalDate to) {
        long open = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate d = day;
            if (opening.closures().stream().anyMatch(c -> !d.isBefore(c[0]) && !d.isAfter(c[1]))) {
                continue;
            }
            if (opening.hours().isEmpty()) {
                open += day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue() ? DEFAULT_OPEN_MINUTES : 0;
                continue;
            }
            for (LocalTime[] slot : opening.hours().getOrDefault(day.getDayOfWeek().getValue(), List.of())) {
                open += Duration.between(slot[0], slot[1]).toMinutes();
            }
        }
        return open;
    }

    private static List<Indicators.Row> rows(List<IndicatorRepository.Counted> counted) {
        return counted.stream().map(c -> new Indicators.Row(c.label(), c.count())).toList();
    }

    private static long minutes(Instant start, Instant end) {
        return Math.max(0, ChronoUnit.MINUTES.between(start, end));
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }
}

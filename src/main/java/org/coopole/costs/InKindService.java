package org.coopole.costs;

import org.coopole.common.report.FrenchCsv;

import com.vaadin.flow.i18n.I18NProvider;
import org.coopole.common.InvalidField;
import org.coopole.common.OrganisationId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.common.TextRules;
import org.coopole.common.report.ExportFormat;
import org.coopole.common.report.Report;
import org.coopole.common.report.ReportPdf;
import org.coopole.common.report.ReportXlsx;
import org.coopole.costs.internal.CostRepository;
import org.coopole.costs.internal.InKindRepository;
import org.coopole.resource.RateUnit;
import org.coopole.resource.ResourceService;
import org.coopole.security.CurrentUser;
import org.coopole.security.OrganisationManager;
import org.coopole.security.PoleAccess;
import org.coopole.security.PoleAnimator;
import org.coopole.security.PoleMember;
import org.coopole.security.PoleRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * In-kind valuation: each confirmed past booking lent free, or below its rate, between two organisations is worth
 * its owner's valuation (the resource's rate, a rental value, an hourly cost, or the SMIC with a coefficient) less
 * what was paid at the rate. Per organisation and year, what it gave and received, by heading of the accounts 86/87,
 * with the bookings behind each figure and each owner's method written out, as the ANC regulation 2018-06 asks.
 * An organisation's managers set their resources' rules and read their own organisation's; the animators read all.
 */
@Service
public class InKindService {

    private final InKindRepository inKind;
    private final CostRepository costs;
    private final CurrentUser currentUser;
    private final PoleAccess access;
    private final ResourceService resources;
    private final I18NProvider translations;
    private final Clock clock;
    private final long smicHourlyCents;

    private final org.coopole.organisation.OrganisationService organisations;

    InKindService(InKindRepository inKind, CostRepository costs, CurrentUser currentUser, PoleAccess access,
                  ResourceService resources, I18NProvider translations, Clock clock,
                  @Value("${coopole.in-kind.smic-hourly-cents:1202}") long smicHourlyCents,
                  org.coopole.organisation.OrganisationService organisations) {
        this.organisations = organisations;
        this.inKind = inKind;
        this.costs = costs;
        this.currentUser = currentUser;
        this.access = access;
        this.resources = resources;
        this.translations = translations;
        this.clock = clock;
        this.smicHourlyCents = smicHourlyCents;
    }

    /** The manager's organisation's resources, with their rates and valuation rules. */
    @Transactional(readOnly = true)
    @OrganisationManager
    public List<Valued> valuationRules(PoleId poleId) {
        return inKind.valued(poleId, myOrganisation());
    }

    /**
     * Sets how one of the manager's organisation's resources is valued when lent in kind.
     *
     * @throws InvalidField for a rule missing its amount, unit or coefficient, or a note that cannot be stored
     */
    @Transactional
    @OrganisationManager
    public void setValuation(PoleId poleId, ResourceId resource, ValuationData rule) {
        if (resource == null || inKind.valued(poleId, myOrganisation()).stream()
                .noneMatch(v -> v.resource().equals(resource))) {
            throw new AccessDeniedException("not a resource of this manager's organisation in this pole");
        }
        if (rule == null || rule.method() == null) {
            throw new InvalidField("method", "validation.required");
        }
        if (rule.category() == null) {
            throw new InvalidField("category", "validation.required");
        }
        String note = TextRules.require("note", rule.note(), ValuationData.NOTE_MAX, false);
        ValuationData clean = switch (rule.method()) {
            case RATE -> new ValuationData(ValuationMethod.RATE, null, null, null, rule.category(), note);
            case RENTAL -> {
                if (rule.unit() == null || rule.unit() == RateUnit.FREE) {
                    throw new InvalidField("unit", "validation.required");
                }
                yield new ValuationData(ValuationMethod.RENTAL, rule.unit(), cents(rule), null, rule.category(), note);
            }
            case HOURLY_COST -> new ValuationData(ValuationMethod.HOURLY_COST, null, cents(rule), null,
                    rule.category(), note);
            case SMIC -> {
                BigDecimal coefficient = rule.smicCoefficient();
                if (coefficient == null || coefficient.compareTo(ValuationData.COEFFICIENT_MIN) < 0
                        || coefficient.compareTo(ValuationData.COEFFICIENT_MAX) > 0
                        || coefficient.stripTrailingZeros().scale() > 2) {
                    throw new InvalidField("smicCoefficient", "inkind.coefficient-out-of-range");
                }
                yield new ValuationData(ValuationMethod.SMIC, null, null, coefficient, rule.category(), note);
            }
        };
        inKind.set(resource, clean);
    }

    /**
     * What the organisation gave and received in kind in that year (bookings ended by now): the pole's animators
     * read any member organisation's, an organisation's managers their own.
     */
    @Transactional(readOnly = true)
    @PoleMember
    public InKindStatement statement(PoleId poleId, OrganisationId organisation, int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidField("year", "project.year.out-of-range");
        }
        boolean animator = access.hasAnyRole(poleId, PoleRole.ANIMATOR);
        boolean ownManager = access.hasAnyRole(poleId, PoleRole.ORGANISATION_MANAGER)
                && costs.organisationOf(currentUser.require()).filter(o -> o.equals(organisation)).isPresent();
        Map<OrganisationId, String> members = organisations.memberNames(poleId);
        if (organisation == null || !(animator && members.containsKey(organisation) || ownManager)) {
            throw new AccessDeniedException("only the pole's animators and an organisation's managers read its valuation");
        }
        ZoneId zone = resources.timeZone(poleId);
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        List<InKindStatement.Line> given = new ArrayList<>();
        List<InKindStatement.Line> received = new ArrayList<>();
        List<InKindStatement.Line> unvalued = new ArrayList<>();
        Map<String, InKindStatement.Method> methods = new LinkedHashMap<>();
        for (InKindRepository.Lent lent : inKind.lent(poleId, organisation, from, to, clock.instant())) {
            long minutes = ChronoUnit.MINUTES.between(lent.start(), lent.end());
            long paid = CostService.charge(lent.rateUnit(), lent.rateCents(), minutes);
            ValuationData rule = lent.rule();
            long worth = worth(rule, lent.rateUnit(), lent.rateCents(), minutes);
            boolean ours = lent.owner().equals(organisation);
            InKindCategory category = rule == null ? InKindCategory.of(lent.kind()) : rule.category();
            InKindStatement.Line line = new InKindStatement.Line(lent.booking(), lent.resourceName(),
                    ours ? lent.bookerName() : lent.ownerName(), lent.start(), lent.end(), category, worth, paid,
                    Math.max(0, worth - paid));
            if (worth == 0 && paid == 0) {
                unvalued.add(line);
                continue;
            }
            if (line.valueCents() == 0) {
                continue; // paid at its full worth: nothing given in kind
            }
            (ours ? given : received).add(line);
            methods.putIfAbsent(lent.resourceName() + "\u0000" + lent.ownerName(), new InKindStatement.Method(
                    lent.resourceName(), lent.ownerName(), rule == null ? ValuationMethod.RATE : rule.method(),
                    describe(rule, lent.rateUnit(), lent.rateCents()), rule == null ? "" : rule.note()));
        }
        return new InKindStatement(organisation, members.getOrDefault(organisation,
                costs.organisationName(organisation).orElse("")), year, given, received, unvalued,
                List.copyOf(methods.values()), money(smicHourlyCents, Locale.FRENCH));
    }

    /**
     * How the pole's resources are valued when lent in kind, for the pole's indicators: each owner's rule, and the
     * SMIC amount in use.
     */
    @Transactional(readOnly = true)
    @PoleAnimator
    public InKindRules rules(PoleId poleId) {
        return new InKindRules(inKind.rules(poleId), smicHourlyCents);
    }

    /**
     * The organisation's in-kind statement as a file for its accountant: CSV for French spreadsheets (UTF-8 with a
     * BOM, {@code ;}), an XLSX workbook, or a PDF, each with the bookings behind the figures and the methods.
     */
    @Transactional(readOnly = true)
    @PoleMember
    public byte[] statementFile(PoleId poleId, OrganisationId organisation, int year, Locale locale,
                                ExportFormat format) {
        Locale language = locale == null ? Locale.FRENCH : locale;
        InKindStatement statement = statement(poleId, organisation, year);
        ZoneId zone = resources.timeZone(poleId);
        return switch (format == null ? ExportFormat.CSV : format) {
            case CSV -> csv(statement, language, zone);
            case XLSX -> ReportXlsx.write(report(statement, language, zone));
            case PDF -> ReportPdf.write(report(statement, language, zone), language);
        };
    }

    private Report report(InKindStatement statement, Locale language, ZoneId zone) {
        DateTimeFormatter times = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        Report.Builder report = new Report.Builder(words("inkind.report.title", language, String.valueOf(statement.year())),
                statement.organisationName());
        report.hint(words("inkind.intro", language));
        report.heading(words("inkind.report.summary", language));
        List<List<Report.Cell>> sums = new ArrayList<>();
        for (InKindCategory category : InKindCategory.values()) {
            sums.add(List.of(Report.words(words(category.translationKey(), language)),
                    Report.money(statement.givenByCategory().getOrDefault(category, 0L)),
                    Report.money(statement.receivedByCategory().getOrDefault(category, 0L))));
        }
        sums.add(List.of(Report.words(words("inkind.report.total", language)),
                Report.money(statement.given().stream().mapToLong(InKindStatement.Line::valueCents).sum()),
                Report.money(statement.received().stream().mapToLong(InKindStatement.Line::valueCents).sum())));
        report.table(List.of(words("inkind.category", language), words("inkind.report.given-87", language),
                words("inkind.report.received-86", language)), sums, 3, 1.3f, 1.3f);
        report.hint(words("inkind.report.accounts", language));
        for (var part : List.of(Map.entry("inkind.given", statement.given()),
                Map.entry("inkind.received", statement.received()))) {
            report.heading(words(part.getKey(), language));
            List<List<Report.Cell>> rows = new ArrayList<>();
            for (InKindStatement.Line line : part.getValue()) {
                rows.add(List.of(Report.words(words(line.category().translationKey(), language)),
                        Report.words(line.resourceName() + " — " + line.otherOrganisation()),
                        Report.words(times.format(line.start()) + " → " + times.format(line.end())),
                        Report.money(line.worthCents()), Report.money(line.paidCents()),
                        Report.money(line.valueCents())));
            }
            report.table(List.of(words("inkind.csv.category", language), words("costs.csv.what", language),
                    words("inkind.csv.when", language), words("inkind.report.worth", language),
                    words("inkind.report.paid", language), words("inkind.report.value", language)), rows,
                    2, 3, 2.4f, 1.2f, 1.2f, 1.2f);
        }
        report.heading(words("inkind.methods", language));
        report.table(List.of(words("inkind.resource", language), words("inkind.report.owner", language),
                        words("inkind.method", language), words("inkind.note", language)),
                statement.methods().stream().map(m -> List.of(Report.words(m.resourceName()), Report.words(m.ownerName()),
                        Report.words(m.rule()), Report.words(m.note()))).toList(), 2, 2, 3, 3);
        if (!statement.unvalued().isEmpty()) {
            report.hint(words("inkind.unvalued", language, statement.unvalued().size()));
        }
        return report.build(words("inkind.report.footer", language,
                org.coopole.common.Dates.format(LocalDate.now(clock.withZone(zone)), language)));
    }

    private byte[] csv(InKindStatement statement, Locale language, ZoneId zone) {
        DateTimeFormatter times = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        return FrenchCsv.write(csv -> {
            csv.printRecord(words("costs.csv.organisation", language), statement.organisationName());
            csv.printRecord(words("inkind.csv.year", language), statement.year());
            csv.println();
            csv.printRecord(words("inkind.csv.direction", language), words("inkind.csv.category", language),
                    words("costs.csv.what", language), words("inkind.csv.when", language),
                    words("inkind.csv.worth", language), words("inkind.csv.paid", language),
                    words("inkind.csv.value", language));
            for (var part : List.of(Map.entry("inkind.given", statement.given()),
                    Map.entry("inkind.received", statement.received()))) {
                for (InKindStatement.Line line : part.getValue()) {
                    csv.printRecord(words(part.getKey(), language), words(line.category().translationKey(), language),
                            line.resourceName() + " — " + line.otherOrganisation(),
                            times.format(line.start()) + " → " + times.format(line.end()),
                            money(line.worthCents(), language), money(line.paidCents(), language),
                            money(line.valueCents(), language));
                }
            }
            csv.println();
            for (InKindCategory category : InKindCategory.values()) {
                csv.printRecord(words("inkind.given", language), words(category.translationKey(), language), "", "",
                        "", "", money(statement.givenByCategory().getOrDefault(category, 0L), language));
                csv.printRecord(words("inkind.received", language), words(category.translationKey(), language), "",
                        "", "", "", money(statement.receivedByCategory().getOrDefault(category, 0L), language));
            }
            csv.println();
            csv.printRecord(words("inkind.csv.methods", language));
            for (InKindStatement.Method method : statement.methods()) {
                csv.printRecord(method.resourceName(), method.ownerName(), method.rule(), method.note());
            }
        });
    }

    /** What the booking is worth by its owner's rule (the resource's rate when there is none). */
    long worth(ValuationData rule, RateUnit rateUnit, long rateCents, long minutes) {
        return InKindRules.worth(rule, smicHourlyCents, rateUnit, rateCents, minutes);
    }

    /** The method in words, in French, as it is written on the statement. */
    private String describe(ValuationData rule, RateUnit rateUnit, long rateCents) {
        Locale fr = Locale.FRENCH;
        if (rule == null || rule.method() == ValuationMethod.RATE) {
            return words("inkind.rule.rate", fr, money(rateCents, fr) + " €", words("inkind.unit." + rateUnit.name(), fr));
        }
        return switch (rule.method()) {
            case RENTAL -> words("inkind.rule.rental", fr, money(rule.cents(), fr) + " €",
                    words("inkind.unit." + rule.unit().name(), fr));
            case HOURLY_COST -> words("inkind.rule.hourly", fr, money(rule.cents(), fr) + " €");
            case SMIC -> words("inkind.rule.smic", fr, rule.smicCoefficient().toPlainString().replace('.', ','),
                    money(smicHourlyCents, fr) + " €");
            case RATE -> throw new IllegalStateException();
        };
    }

    private static long cents(ValuationData rule) {
        if (rule.cents() == null) {
            throw new InvalidField("cents", "validation.required");
        }
        if (rule.cents() < 0 || rule.cents() > ValuationData.CENTS_MAX) {
            throw new InvalidField("cents", "costs.pool.amount-out-of-range");
        }
        return rule.cents();
    }

    private String words(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    private static String money(long cents, Locale locale) {
        return FrenchCsv.euros(cents, locale);
    }

    private OrganisationId myOrganisation() {
        return costs.organisationOf(currentUser.require())
                .orElseThrow(() -> new AccessDeniedException("a person of no organisation"));
    }
}

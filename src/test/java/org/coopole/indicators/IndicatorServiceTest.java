package org.coopole.indicators;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.SignIn;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.indicators.internal.IndicatorRepository;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pole's indicators on the demo's year: its members, the van lent every month by the Ressourcerie to three
 * organisations (hours and value at its rate in the who-lent-to-whom tables), the joint projects and their outcomes;
 * open hours follow a resource's opening hours and closed days; only animators read them.
 */
@CoopoleTest
class IndicatorServiceTest {

    @Autowired
    IndicatorService indicators;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;

    PoleId vallee;
    LocalDate from;
    LocalDate to;

    @BeforeEach
    void pole() {
        signIn.as(DemoPeople.ANIMATOR);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
        to = LocalDate.now(ZoneId.of("Europe/Paris"));
        from = to.minusYears(1);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theDemoYearShowsItsMembersLoansAndProjects() {
        Indicators found = indicators.indicators(vallee, from, to);
        assertThat(found.members().total()).isEqualTo(found.members().byLegalForm().stream()
                .mapToLong(Indicators.Row::count).sum()).isGreaterThanOrEqualTo(10);
        assertThat(found.members().ess()).isPositive().isLessThanOrEqualTo(found.members().total());
        // the demo pole has the decree's mix: ESS enterprises, companies, a local authority, research and training
        assertThat(found.members().decreeMix()).containsExactly(true, true, true, true);
        assertThat(new Indicators.Members(List.of(new Indicators.Row("ASSOCIATION", 2)), 2, 2, 0, 0, List.of())
                .decreeMix()).containsExactly(true, false, false, false);
        assertThat(found.resourcesByKind()).extracting(Indicators.Row::label).contains("VEHICLE", "PREMISES");
        assertThat(found.bookings().confirmed()).isGreaterThanOrEqualTo(30);
        // the demo's requests were answered a day and two hours after they were made
        assertThat(found.bookings().leadTimeHours()).isPositive();

        int ressourcerie = found.lenders().indexOf("La Ressourcerie du Val");
        int velo = found.borrowers().indexOf("Atelier Vélo Solidaire");
        assertThat(ressourcerie).isNotNegative();
        assertThat(velo).isNotNegative();
        long minutes = found.lentMinutes()[ressourcerie][velo];
        assertThat(minutes).isPositive().isEqualTo(minutes / 720 * 720); // half-days of the van
        // the van is worth 90 € a day started by the Ressourcerie's valuation rule (its rate is 60 €)
        assertThat(found.lentValueCents()[ressourcerie][velo]).isEqualTo(minutes / 720 * 9_000);
        // and each past half-day lent gives 30 € in kind, free use of equipment (86/87)
        assertThat(found.inKind()).anySatisfy(row -> {
            assertThat(row.label()).isEqualTo("FREE_USE");
            assertThat(row.count()).isGreaterThanOrEqualTo((minutes / 720 - 4) * 3_000);
        });
        assertThat(found.inKindCents()).isEqualTo(found.inKind().stream().mapToLong(Indicators.Row::count).sum());
        // the rent (18 000 € a year) for a year and a day, and the van's costs (4 800 € a year)
        assertThat(found.sharedCosts()).extracting(Indicators.Row::label)
                .containsExactly("Loyer du plateau partagé", "Frais du camion (assurance, entretien)");
        assertThat(found.sharedCosts().getFirst().count()).isBetween(1_800_000L, 1_810_000L);
        // six members in Crest, three in Die; the list starts with the commune of most members
        assertThat(found.members().byCommune().getFirst().label()).isEqualTo("26400 Crest");
        assertThat(found.members().byCommune().getFirst().count()).isGreaterThanOrEqualTo(6);
        assertThat(found.members().byCommune()).extracting(Indicators.Row::label).contains("26150 Die", "26340 Saillans");
        assertThat(found.members().byCommune().stream().mapToLong(Indicators.Row::count).sum())
                .isEqualTo(found.members().total());
        assertThat(found.useRates()).anySatisfy(use -> {
            assertThat(use.resource()).isEqualTo("Camion 20 m³");
            assertThat(use.bookedMinutes()).isPositive();
        });
        assertThat(found.projectsByStatus()).extracting(Indicators.Row::label).contains("ACTIVE");
        assertThat(found.outcomes()).anySatisfy(o -> {
            assertThat(o.code()).isEqualTo("PEOPLE_REACHED");
            assertThat(o.achieved()).isGreaterThanOrEqualTo(new java.math.BigDecimal("214"));
        });
        assertThat(found.staffHours()).extracting(Indicators.Row::label).contains("La Ressourcerie du Val");
    }

    @Autowired
    org.coopole.Owner owner;

    @Test
    void aFrozenReportKeepsItsFiguresWhenTheDataChangesLater() {
        UUID id = indicators.freeze(vallee, from, to, "Comité de suivi de décembre");
        assertThat(indicators.snapshots(vallee)).extracting(Snapshot.Listed::id).contains(id);
        java.math.BigDecimal before = reached(indicators.snapshot(vallee, id).orElseThrow().figures());
        assertThat(before).isEqualByComparingTo(reached(indicators.indicators(vallee, from, to)));

        // someone reports 1 000 more people reached today, after the report was frozen
        var outcome = org.coopole.db.Tables.PROJECT_OUTCOME;
        var project = org.coopole.db.Tables.PROJECT;
        var kind = org.coopole.db.Tables.OUTCOME_KIND;
        var workshop = owner.db().select(project.ID, project.LEAD_ORGANISATION_ID, project.CREATED_BY_PERSON_ID)
                .from(project).where(project.TITLE.eq("Atelier de réparation partagé")).fetchSingle();
        owner.db().insertInto(outcome).set(outcome.PROJECT_ID, workshop.value1())
                .set(outcome.KIND_ID, owner.db().select(kind.ID).from(kind).where(kind.CODE.eq("PEOPLE_REACHED"))
                        .fetchSingle(kind.ID))
                .set(outcome.ORGANISATION_ID, workshop.value2()).set(outcome.STAGE, org.coopole.project.OutcomeStage.ACHIEVED)
                .set(outcome.AMOUNT, new java.math.BigDecimal("1000")).set(outcome.ON_DATE, to)
                .set(outcome.REPORTED_BY_PERSON_ID, workshop.value3()).execute();

        assertThat(reached(indicators.indicators(vallee, from, to))).isEqualByComparingTo(before.add(
                new java.math.BigDecimal("1000")));
        Snapshot frozen = indicators.snapshot(vallee, id).orElseThrow();
        assertThat(reached(frozen.figures())).isEqualByComparingTo(before);
        assertThat(frozen.title()).isEqualTo("Comité de suivi de décembre");
        assertThat(frozen.figures().lenders()).contains("La Ressourcerie du Val");
        assertThatThrownBy(() -> indicators.freeze(vallee, from, to, " "))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("title"));

        signIn.as(DemoPeople.MANAGER);
        assertThatThrownBy(() -> indicators.snapshot(vallee, id)).isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoPeople.OTHER_POLE);
        PoleId ardeche = accounts.me().currentPole().orElseThrow().poleId();
        assertThat(indicators.snapshots(ardeche)).isEmpty();
        assertThat(indicators.snapshot(ardeche, id)).isEmpty();
    }

    private static java.math.BigDecimal reached(Indicators figures) {
        return figures.outcomes().stream().filter(o -> "PEOPLE_REACHED".equals(o.code())).findFirst()
                .map(Indicators.Outcome::achieved).orElse(java.math.BigDecimal.ZERO);
    }

    @Test
    void aMembersCommuneIsThePostalCodeAndTownItsAddressEndsWith() {
        assertThat(IndicatorService.commune("12 rue des Tanneurs, 26400 Crest")).isEqualTo("26400 Crest");
        assertThat(IndicatorService.commune("Lieu-dit Les Plaines, 26400 Aouste-sur-Sye ")).isEqualTo("26400 Aouste-sur-Sye");
        assertThat(IndicatorService.commune("BP 12, 26402 Crest Cedex 2")).isEqualTo("26402 Crest");
        assertThat(IndicatorService.commune("26150 Die")).isEqualTo("26150 Die");
        assertThat(IndicatorService.commune("Mairie")).isEmpty();
        assertThat(IndicatorService.commune("12345")).isEmpty();
        assertThat(IndicatorService.commune(null)).isEmpty();
    }

    @Test
    void openHoursFollowOpeningHoursAndClosedDays() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        var always = new IndicatorRepository.Opening(new ResourceId(UUID.randomUUID()), "Salle", "La Fabrique", Map.of(),
                List.of());
        assertThat(IndicatorService.openMinutes(always, monday, monday.plusDays(6))).isEqualTo(5 * 600);
        var closedMonday = new IndicatorRepository.Opening(always.resource(), "Salle", "La Fabrique", Map.of(),
                List.<LocalDate[]>of(new LocalDate[] {monday, monday}));
        assertThat(IndicatorService.openMinutes(closedMonday, monday, monday.plusDays(6))).isEqualTo(4 * 600);
        var tuesdayMornings = new IndicatorRepository.Opening(always.resource(), "Salle", "La Fabrique",
                Map.of(2, List.<LocalTime[]>of(new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(12, 30)})), List.of());
        assertThat(IndicatorService.openMinutes(tuesdayMornings, monday, monday.plusDays(13))).isEqualTo(2 * 210);
    }

    @Test
    void onlyTheAnimatorsReadThemAndAPeriodIsChecked() {
        assertThatThrownBy(() -> indicators.indicators(vallee, to, from))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> indicators.indicators(vallee, from.minusYears(10), to))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey())
                        .isEqualTo("indicators.period.too-long"));
        signIn.as(DemoPeople.MANAGER);
        assertThatThrownBy(() -> indicators.indicators(vallee, from, to)).isInstanceOf(AccessDeniedException.class);
    }
}

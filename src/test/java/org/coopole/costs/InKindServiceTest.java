package org.coopole.costs;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.SignIn;
import org.coopole.common.InvalidField;
import org.coopole.common.OrganisationId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.resource.RateUnit;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.RESOURCE;

/**
 * In-kind valuation on the demo's year of van bookings: the Ressourcerie lends its van at 60 € a day and values it at
 * 90 € (a local hire firm's price), so each day lent gives 30 € in kind, which the Atelier Vélo receives; the method is
 * written out; a manager sets rules for their own resources only and reads their own organisation's figures only.
 */
@CoopoleTest
class InKindServiceTest {

    @Autowired
    InKindService inKind;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    Owner owner;

    PoleId vallee;
    OrganisationId ressourcerie;
    OrganisationId velo;
    int year;

    @BeforeEach
    void pole() {
        signIn.as(DemoPeople.MANAGER);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
        ressourcerie = organisation("La Ressourcerie du Val");
        velo = organisation("Atelier Vélo Solidaire");
        // six months ago the van was lent three times (demo data), all of it past
        year = LocalDate.now(ZoneId.of("Europe/Paris")).minusMonths(6).getYear();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theVanLentBelowItsWorthIsGivenInKindByTheRessourcerieAndReceivedByThoseWhoBookedIt() throws java.io.IOException {
        InKindStatement given = inKind.statement(vallee, ressourcerie, year);
        assertThat(given.given()).isNotEmpty().allSatisfy(line -> {
            assertThat(line.resourceName()).isEqualTo("Camion 20 m³");
            assertThat(line.worthCents()).isEqualTo(9_000);
            assertThat(line.paidCents()).isEqualTo(6_000);
            assertThat(line.valueCents()).isEqualTo(3_000);
            assertThat(line.category()).isEqualTo(InKindCategory.FREE_USE);
        });
        assertThat(given.givenByCategory()).containsEntry(InKindCategory.FREE_USE, 3_000L * given.given().size());
        assertThat(given.methods()).anySatisfy(m -> {
            assertThat(m.resourceName()).isEqualTo("Camion 20 m³");
            assertThat(m.rule()).isEqualTo("valeur locative de 90,00 € par jour");
            assertThat(m.note()).contains("loueur");
        });
        assertThatThrownBy(() -> inKind.statement(vallee, velo, year)).isInstanceOf(AccessDeniedException.class);

        signIn.as(DemoPeople.ANIMATOR);
        InKindStatement received = inKind.statement(vallee, velo, year);
        assertThat(received.received()).isNotEmpty().allSatisfy(line -> {
            assertThat(line.otherOrganisation()).isEqualTo("La Ressourcerie du Val");
            assertThat(line.valueCents()).isEqualTo(3_000);
        });
        byte[] csv = inKind.statementFile(vallee, velo, year, java.util.Locale.FRENCH, org.coopole.common.report.ExportFormat.CSV);
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Reçu;Mise à disposition gratuite de locaux et de "
                + "matériel;Camion 20 m³ — La Ressourcerie du Val;").contains(";90,00;60,00;30,00\r\n");

        // the same for the accountant as a workbook (amounts are numbers) and as a PDF with the method
        byte[] xlsx = inKind.statementFile(vallee, velo, year, java.util.Locale.FRENCH,
                org.coopole.common.report.ExportFormat.XLSX);
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var summary = workbook.findSheet("Synthèse par rubrique").orElseThrow().read();
            assertThat(summary).anySatisfy(row -> {
                assertThat(row.getCellText(0)).isEqualTo("Mise à disposition gratuite de locaux et de matériel");
                assertThat(row.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(
                        3_000L * received.received().size(), 2));
            });
            assertThat(workbook.findSheet("Reçu").orElseThrow().read()).anySatisfy(row ->
                    assertThat(row.getCellText(1)).isEqualTo("Camion 20 m³ — La Ressourcerie du Val"));
        }
        var pdf = org.coopole.PdfText.of(inKind.statementFile(vallee, velo, year, java.util.Locale.FRENCH,
                org.coopole.common.report.ExportFormat.PDF));
        assertThat(pdf.text()).contains("Contributions volontaires en nature " + year, "Atelier Vélo Solidaire",
                "valeur locative de 90,00 € par jour", "compte 86");
    }

    @Test
    void aManagerSetsTheRulesOfTheirOwnResourcesOnly() {
        ResourceId van = resource("Camion 20 m³");
        ResourceId hall = resource("Grande salle de La Fabrique");
        assertThatThrownBy(() -> inKind.setValuation(vallee, hall, new ValuationData(ValuationMethod.RATE, null, null,
                null, InKindCategory.FREE_USE, ""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inKind.setValuation(vallee, van, new ValuationData(ValuationMethod.RENTAL, null, 9_000L,
                null, InKindCategory.FREE_USE, ""))).isInstanceOfSatisfying(InvalidField.class,
                e -> assertThat(e.field()).isEqualTo("unit"));
        assertThatThrownBy(() -> inKind.setValuation(vallee, van, new ValuationData(ValuationMethod.SMIC, null, null,
                new BigDecimal("6"), InKindCategory.STAFF, ""))).isInstanceOfSatisfying(InvalidField.class,
                e -> assertThat(e.field()).isEqualTo("smicCoefficient"));
        assertThatThrownBy(() -> inKind.setValuation(vallee, van, new ValuationData(ValuationMethod.HOURLY_COST, null,
                -5L, null, InKindCategory.STAFF, ""))).isInstanceOfSatisfying(InvalidField.class,
                e -> assertThat(e.field()).isEqualTo("cents"));
        // the SMIC with a coefficient: 12,02 € × 1,5 for an hour and a half
        assertThat(inKind.worth(new ValuationData(ValuationMethod.SMIC, null, null, new BigDecimal("1.5"),
                InKindCategory.STAFF, ""), RateUnit.FREE, 0, 90)).isEqualTo(2_705);
        assertThat(inKind.valuationRules(vallee)).extracting(Valued::name).contains("Camion 20 m³")
                .doesNotContain("Grande salle de La Fabrique");

        signIn.as(DemoPeople.MEMBER); // no manager
        assertThatThrownBy(() -> inKind.valuationRules(vallee)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inKind.statement(vallee, ressourcerie, year)).isInstanceOf(AccessDeniedException.class);
    }

    private OrganisationId organisation(String name) {
        return owner.db().select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.NAME.eq(name))
                .fetchSingle(ORGANISATION.ID);
    }

    private ResourceId resource(String name) {
        return owner.db().select(RESOURCE.ID).from(RESOURCE).where(RESOURCE.NAME.eq(name)).fetchSingle(RESOURCE.ID);
    }
}

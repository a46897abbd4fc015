package org.coopole.costs;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.SignIn;
import org.coopole.common.InvalidField;
import org.coopole.common.OrganisationId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.RESOURCE;

/**
 * Cost pools as the pole keeps them: Camille (animator) shares a rent by m² among three organisations, with an amount
 * that does not divide evenly, and every statement adds up to the pool to the cent; Nadia (the Ressourcerie's
 * manager) keeps her organisation's van pool, shared by hours booked, and reads only her own organisation's
 * statement; a member reads none; fixed percentages must total 100 %; two people saving a pool never overwrite each
 * other.
 */
@CoopoleTest
class CostServiceTest {

    @Autowired
    CostService costs;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    Owner owner;

    PoleId vallee;
    OrganisationId fabrique;
    OrganisationId ressourcerie;
    OrganisationId coopBatir;
    LocalDate from;
    LocalDate to;

    @BeforeEach
    void pole() {
        signIn.as(DemoPeople.ANIMATOR);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
        fabrique = organisation("Tiers-Lieu La Fabrique");
        ressourcerie = organisation("La Ressourcerie du Val");
        coopBatir = organisation("Coop'Bâtir");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        from = today.minusYears(1).withDayOfYear(1);
        to = from.withDayOfYear(from.lengthOfYear());
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aRentByAreaThatDoesNotDivideEvenlyIsSharedToTheCentInEveryStatement() {
        String name = "Loyer " + UUID.randomUUID().toString().substring(0, 6);
        UUID rent = costs.save(vallee, null, 0, true, new PoolData(name, CostPeriod.YEAR, 100_001,
                Map.of(CostKey.AREA, 100), List.of(), List.of(
                new ShareData(fabrique, new BigDecimal("10"), null, null),
                new ShareData(ressourcerie, new BigDecimal("20"), null, null),
                new ShareData(coopBatir, new BigDecimal("30.33"), null, null))));

        List<Statement> all = costs.statements(vallee, from, to);
        Map<OrganisationId, Long> shares = new java.util.HashMap<>();
        all.forEach(s -> s.pools().stream().filter(p -> p.pool().equals(rent))
                .forEach(p -> shares.put(s.organisation(), p.shareCents())));
        assertThat(shares).containsOnly(Map.entry(fabrique, 16_576L), Map.entry(ressourcerie, 33_151L),
                Map.entry(coopBatir, 50_274L));
        assertThat(shares.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(100_001);

        Statement fabriques = costs.statement(vallee, fabrique, from, to);
        Statement.PoolShare line = fabriques.pools().stream().filter(p -> p.pool().equals(rent)).findFirst()
                .orElseThrow();
        assertThat(line.poolCents()).isEqualTo(100_001);
        assertThat(line.basis()).singleElement().satisfies(b -> {
            assertThat(b.key()).isEqualTo(CostKey.AREA);
            assertThat(b.own()).isEqualByComparingTo("10");
            assertThat(b.total()).isEqualByComparingTo("60.33");
        });

        signIn.as(DemoPeople.MANAGER); // Nadia reads her own organisation's statement, not La Fabrique's
        assertThat(costs.statement(vallee, ressourcerie, from, to).pools()).anySatisfy(p -> {
            assertThat(p.pool()).isEqualTo(rent);
            assertThat(p.shareCents()).isEqualTo(33_151L);
        });
        assertThatThrownBy(() -> costs.statement(vallee, fabrique, from, to)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> costs.statements(vallee, from, to)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> costs.remove(vallee, rent)).isInstanceOf(AccessDeniedException.class);

        signIn.as(DemoPeople.MEMBER); // Louis, of the Ressourcerie, is no manager
        assertThatThrownBy(() -> costs.statement(vallee, ressourcerie, from, to))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as(DemoPeople.ANIMATOR);
        costs.remove(vallee, rent);
        assertThat(costs.pools(vallee)).extracting(Pool::id).doesNotContain(rent);
    }

    @Test
    void theVansPoolIsSharedByHoursBookedAndEquallyAndAddsUpToTheCent() {
        // the demo's van pool, kept by the Ressourcerie, over last year's bookings of the van
        signIn.as(DemoPeople.MANAGER);
        Pool van = costs.pools(vallee).stream().filter(p -> p.data().name().startsWith("Frais du camion"))
                .findFirst().orElseThrow();
        assertThat(van.editable()).isTrue();
        Statement mine = costs.statement(vallee, ressourcerie, from, to);
        assertThat(mine.owed()).as("others' bookings of the van, at its day rate").isNotEmpty();

        signIn.as(DemoPeople.ANIMATOR);
        List<Statement> all = costs.statements(vallee, from, to);
        long shared = all.stream().flatMap(s -> s.pools().stream()).filter(p -> p.pool().equals(van.id()))
                .mapToLong(Statement.PoolShare::shareCents).sum();
        long poolForYear = all.stream().flatMap(s -> s.pools().stream()).filter(p -> p.pool().equals(van.id()))
                .findFirst().orElseThrow().poolCents();
        assertThat(shared).isEqualTo(poolForYear);
        Statement.PoolShare velo = all.stream().filter(s -> s.organisationName().equals("Atelier Vélo Solidaire"))
                .flatMap(s -> s.pools().stream()).filter(p -> p.pool().equals(van.id())).findFirst().orElseThrow();
        assertThat(velo.basis()).extracting(Statement.Basis::key).containsExactly(CostKey.HOURS, CostKey.EQUAL);
        assertThat(velo.basis().getFirst().own()).isPositive();
        // the Ressourcerie booked its own van not once last year: its share is the equal part only
        Statement.PoolShare own = all.stream().filter(s -> s.organisation().equals(ressourcerie))
                .flatMap(s -> s.pools().stream()).filter(p -> p.pool().equals(van.id())).findFirst().orElseThrow();
        assertThat(own.basis().getFirst().own()).isZero();
        assertThat(own.shareCents()).isEqualTo(Math.round(poolForYear * 0.20 / 4));
    }

    @Test
    void aManagerKeepsOnlyTheirOrganisationsPoolsOverItsOwnResources() {
        signIn.as(DemoPeople.MANAGER);
        ResourceId van = resource("Camion 20 m³");
        ResourceId hall = resource("Grande salle de La Fabrique");
        assertThatThrownBy(() -> costs.save(vallee, null, 0, true, pool("Du pôle", List.of(), CostKey.EQUAL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> costs.save(vallee, null, 0, false, pool("La salle", List.of(hall), CostKey.HOURS)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("resources"));
        UUID id = costs.save(vallee, null, 0, false, pool("Carburant", List.of(van), CostKey.HOURS));
        Pool saved = costs.pools(vallee).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        assertThat(saved.owner()).isEqualTo(ressourcerie);

        // two people saving the same pool: the second is told and nothing of theirs is written
        costs.save(vallee, id, saved.version(), false, pool("Carburant et péages", List.of(van), CostKey.HOURS));
        assertThatThrownBy(() -> costs.save(vallee, id, saved.version(), false,
                pool("Carburant seul", List.of(van), CostKey.HOURS))).isInstanceOf(CostPoolChangedMeanwhile.class);
        assertThat(costs.pools(vallee)).filteredOn(p -> p.id().equals(id)).singleElement()
                .satisfies(p -> assertThat(p.data().name()).isEqualTo("Carburant et péages"));

        signIn.as(DemoPeople.ANIMATOR); // the pole's animators read it, but only its organisation keeps it
        assertThat(costs.pools(vallee)).filteredOn(p -> p.id().equals(id)).singleElement()
                .satisfies(p -> assertThat(p.editable()).isFalse());
        assertThatThrownBy(() -> costs.remove(vallee, id)).isInstanceOf(AccessDeniedException.class);

        signIn.as(DemoPeople.BROWSER_MEMBER); // Karim's Coop'Bâtir does not share it: he does not even see it
        assertThat(costs.pools(vallee)).extracting(Pool::id).doesNotContain(id);
    }

    @Test
    void badInputIsRefusedWithTheFieldItConcerns() {
        assertThatThrownBy(() -> costs.save(vallee, null, 0, true, new PoolData("Assurance", CostPeriod.YEAR, 50_000,
                Map.of(CostKey.FIXED, 100), List.of(), List.of(new ShareData(fabrique, null, null, new BigDecimal("60")),
                new ShareData(ressourcerie, null, null, new BigDecimal("39.9"))))))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("costs.pool.percent-total");
                    assertThat(e.params()).containsExactly(new BigDecimal("99.9"));
                });
        assertThatThrownBy(() -> costs.save(vallee, null, 0, true, new PoolData("Assurance", CostPeriod.YEAR, 50_000,
                Map.of(), List.of(), List.of(new ShareData(fabrique, null, null, null)))))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("weights"));
        assertThatThrownBy(() -> costs.save(vallee, null, 0, true, new PoolData("Assurance", CostPeriod.YEAR, -1,
                Map.of(CostKey.EQUAL, 1), List.of(), List.of(new ShareData(fabrique, null, null, null)))))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> costs.save(vallee, null, 0, true, new PoolData(" ", CostPeriod.YEAR, 1,
                Map.of(CostKey.EQUAL, 1), List.of(), List.of(new ShareData(fabrique, null, null, null)))))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> costs.save(vallee, null, 0, true, new PoolData("Assurance", CostPeriod.YEAR, 1,
                Map.of(CostKey.EQUAL, 1), List.of(), List.of(new ShareData(organisation("Épicerie Paysanne d'Annonay"),
                null, null, null))))).isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field())
                .isEqualTo("shares"));
        assertThatThrownBy(() -> costs.save(vallee, null, 0, true, new PoolData("Assurance", CostPeriod.YEAR, 1,
                Map.of(CostKey.AREA, 1), List.of(), List.of(new ShareData(fabrique, new BigDecimal("-4"), null, null)))))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("shares"));
        assertThatThrownBy(() -> costs.statement(vallee, fabrique, to, from))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> costs.statement(vallee, fabrique, from, from.plusYears(5)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey())
                        .isEqualTo("costs.period.too-long"));
    }

    @Test
    void aStatementExportsAsCsvForFrenchSpreadsheets() {
        byte[] csv = costs.statementFile(vallee, ressourcerie, from, to, java.util.Locale.FRENCH, org.coopole.common.report.ExportFormat.CSV);
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Structure;La Ressourcerie du Val").contains("Clé de répartition;")
                .contains("Total dû;").containsPattern(";\\d+,\\d\\d\r\n");
        String english = new String(costs.statementFile(vallee, ressourcerie, from, to, java.util.Locale.ENGLISH, org.coopole.common.report.ExportFormat.CSV),
                StandardCharsets.UTF_8);
        assertThat(english).contains("Total owed;").containsPattern(";\\d+\\.\\d\\d\r\n");
    }

    @Test
    void aStatementExportsAsAWorkbookWhoseAmountsAreNumbersAndAsAPdf() throws java.io.IOException {
        Statement statement = costs.statement(vallee, ressourcerie, from, to);
        byte[] xlsx = costs.statementFile(vallee, ressourcerie, from, to, java.util.Locale.FRENCH,
                org.coopole.common.report.ExportFormat.XLSX);
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var totals = workbook.findSheet("Totaux").orElseThrow().read();
            assertThat(totals).anySatisfy(row -> {
                assertThat(row.getCellText(0)).isEqualTo("Total dû");
                assertThat(row.getCellAsNumber(1).orElseThrow()).isEqualByComparingTo(
                        BigDecimal.valueOf(statement.totalCents(), 2));
            });
            // each pool's share, as a number, on the pools' sheet
            var pools = workbook.findSheet("Clés de répartition").orElseThrow().read();
            BigDecimal shares = pools.stream().filter(r -> r.getCellCount() == 5
                            && r.getCell(4).getType() == org.dhatim.fastexcel.reader.CellType.NUMBER)
                    .map(r -> r.getCellAsNumber(4).orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(shares).isEqualByComparingTo(BigDecimal.valueOf(statement.poolsCents(), 2));
        }
        var pdf = org.coopole.PdfText.of(costs.statementFile(vallee, ressourcerie, from, to, java.util.Locale.ENGLISH,
                org.coopole.common.report.ExportFormat.PDF));
        assertThat(pdf.text()).contains("Cost-sharing statement — La Ressourcerie du Val", "Total owed", "Totals");
    }

    private PoolData pool(String name, List<ResourceId> resources, CostKey key) {
        return new PoolData(name, CostPeriod.MONTH, 12_345, Map.of(key, 100), resources, List.of(
                new ShareData(ressourcerie, null, null, null), new ShareData(fabrique, null, null, null)));
    }

    private OrganisationId organisation(String name) {
        return owner.db().select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.NAME.eq(name))
                .fetchSingle(ORGANISATION.ID);
    }

    private ResourceId resource(String name) {
        return owner.db().select(RESOURCE.ID).from(RESOURCE).where(RESOURCE.NAME.eq(name)).fetchSingle(RESOURCE.ID);
    }
}

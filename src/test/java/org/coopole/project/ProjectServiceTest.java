package org.coopole.project;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.SignIn;
import org.coopole.common.InvalidField;
import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;

/**
 * Joint projects: the animator logs one led by a member organisation, with partners of the pole and an outside
 * funder; every member reads the list and the sheet; the lead's managers edit it, a partner's manager only their own
 * role; each change of status is kept with its date; bad input is refused with the field it concerns.
 */
@CoopoleTest
class ProjectServiceTest {

    @Autowired
    ProjectService projects;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    Owner owner;
    @Autowired
    org.coopole.notification.NotificationService notifications;

    PoleId vallee;
    OrganisationId fabrique;
    OrganisationId ressourcerie;
    OrganisationId coopBatir;

    @BeforeEach
    void pole() {
        signIn.as(DemoPeople.ANIMATOR);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
        fabrique = organisation("Tiers-Lieu La Fabrique");
        ressourcerie = organisation("La Ressourcerie du Val");
        coopBatir = organisation("Coop'Bâtir");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theAnimatorLogsAProjectWithPartnersAndEveryMemberReadsIt() {
        String title = "Ressourcerie mobile " + UUID.randomUUID().toString().substring(0, 6);
        ProjectId id = projects.create(vallee, new ProjectData(title, "Un camion-atelier.", LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), List.of("Réemploi", "réemploi", " mobilité "), fabrique, false));
        UUID nadiasPart = projects.addPartner(vallee, id, new PartnerData(ressourcerie, null, null, "opérateur",
                person(DemoPeople.MANAGER)));
        projects.addPartner(vallee, id, new PartnerData(null, "Département de la Drôme", OutsideKind.DEPARTEMENT,
                "financeur", null));
        assertThatThrownBy(() -> projects.addPartner(vallee, id, new PartnerData(ressourcerie, null, null, "encore", null)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("project.partner.already"));
        assertThatThrownBy(() -> projects.addPartner(vallee, id, new PartnerData(coopBatir, null, null, "conseil",
                person(DemoPeople.MANAGER))))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("contact"));
        assertThatThrownBy(() -> projects.addPartner(vallee, id, new PartnerData(organisation("Épicerie Paysanne d'Annonay"),
                null, null, "fournisseur", null)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("project.partner.not-in-pole"));
        projects.changeStatus(vallee, id, ProjectStatus.PLANNED);

        // La Ressourcerie's manager heard of both, in her bell, in her words
        signIn.as(DemoPeople.MANAGER);
        assertThat(notifications.latest(vallee, 5)).extracting(n -> n.kind())
                .startsWith(org.coopole.notification.NotificationKind.PROJECT_STATUS_CHANGED);
        assertThat(notifications.latest(vallee, 5)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(org.coopole.notification.NotificationKind.PROJECT_PARTNER_ADDED);
            assertThat(n.params()).containsEntry("project", title).containsEntry("partner", "Département de la Drôme")
                    .containsEntry("path", "projects/" + id);
        });

        signIn.as(DemoPeople.BROWSER_MEMBER);
        assertThat(projects.list(vallee, new ProjectQuery(null, "réemploi", null, 2027, "mobile")))
                .extracting(ProjectCard::title).contains(title);
        assertThat(projects.list(vallee, new ProjectQuery(ProjectStatus.COMPLETED, null, null, null, title))).isEmpty();
        assertThat(projects.list(vallee, new ProjectQuery(null, null, ressourcerie, null, title))).hasSize(1);
        ProjectPage page = projects.page(vallee, id).orElseThrow();
        assertThat(page.data().themes()).containsExactly("réemploi", "mobilité");
        assertThat(page.leadName()).isEqualTo("Tiers-Lieu La Fabrique");
        assertThat(page.partners()).extracting(ProjectPage.Partner::name, ProjectPage.Partner::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Département de la Drôme", "financeur"),
                        org.assertj.core.groups.Tuple.tuple("La Ressourcerie du Val", "opérateur"));
        assertThat(page.history()).extracting(ProjectPage.StatusChange::status)
                .containsExactly(ProjectStatus.IDEA, ProjectStatus.PLANNED);
        assertThat(page.editable()).isFalse();
        assertThatThrownBy(() -> projects.changeStatus(vallee, id, ProjectStatus.ACTIVE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.create(vallee, new ProjectData("Le mien", "", null, null, List.of(), coopBatir,
                false))).as("a member logs no project").isInstanceOf(AccessDeniedException.class);

        // a partner's manager changes their own role, nothing else
        signIn.as(DemoPeople.MANAGER);
        projects.changePartnerRole(vallee, nadiasPart, "opérateur et formateur", person(DemoPeople.MEMBER));
        assertThatThrownBy(() -> projects.update(vallee, id, page.version(), page.data())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.removePartner(vallee, nadiasPart)).isInstanceOf(AccessDeniedException.class);
        assertThat(projects.page(vallee, id).orElseThrow().partners()).anySatisfy(p -> {
            assertThat(p.role()).isEqualTo("opérateur et formateur");
            assertThat(p.contactName()).isEqualTo("Louis Garnier");
            assertThat(p.mine()).isTrue();
        });
        // a manager logs a project led by their own organisation only
        ProjectId theirs = projects.create(vallee, new ProjectData("Tri des textiles " + UUID.randomUUID(), "", null,
                null, List.of(), ressourcerie, false));
        assertThat(projects.page(vallee, theirs).orElseThrow().editable()).isTrue();
        assertThatThrownBy(() -> projects.create(vallee, new ProjectData("Pour Coop'Bâtir", "", null, null, List.of(),
                coopBatir, false))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputIsRefusedWithItsField() {
        assertThatThrownBy(() -> projects.create(vallee, new ProjectData(" ", "", null, null, List.of(), fabrique, false)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> projects.create(vallee, new ProjectData("T", "", LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 4, 1), List.of(), fabrique, false)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("project.ends-before-start"));
        assertThatThrownBy(() -> projects.create(vallee, new ProjectData("T", "", LocalDate.of(1850, 5, 1), null,
                List.of(), fabrique, false)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("project.year.out-of-range"));
        assertThatThrownBy(() -> projects.create(vallee, new ProjectData("T\u202Eevil", "", null, null, List.of(),
                fabrique, false))).isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> projects.create(vallee, new ProjectData("T", "", null, null, List.of(), null, false)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("lead"));
        assertThatThrownBy(() -> projects.list(vallee, new ProjectQuery(null, null, null, 3000, null)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("year"));
        assertThat(projects.page(vallee, new ProjectId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aBudgetAddsUpToTheCentAndIsReadByTheProjectsOrganisationsOnlyUnlessOpen() {
        ProjectId id = projects.create(vallee, new ProjectData("Épicerie solidaire " + UUID.randomUUID(), "", null, null,
                List.of(), fabrique, false));
        projects.addPartner(vallee, id, new PartnerData(ressourcerie, null, null, "opérateur", null));
        projects.addBudgetLine(vallee, id, new BudgetLineData(false, false, "Aménagement", 100_001, null));
        projects.addBudgetLine(vallee, id, new BudgetLineData(true, false, "Subvention demandée", 90_000, FunderKind.REGION));
        projects.addBudgetLine(vallee, id, new BudgetLineData(true, true, "Région", 33_333, FunderKind.REGION));
        projects.addBudgetLine(vallee, id, new BudgetLineData(true, true, "Fonds propres", 16_667, FunderKind.OWN_FUNDS));
        UUID inKind = projects.addBudgetLine(vallee, id, new BudgetLineData(true, true, "Bénévolat", 10_000,
                FunderKind.IN_KIND));
        assertThatThrownBy(() -> projects.addBudgetLine(vallee, id, new BudgetLineData(true, true, "Don", 100, null)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("funder"));
        assertThatThrownBy(() -> projects.addBudgetLine(vallee, id, new BudgetLineData(false, true, " ", 100, null)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("label"));
        assertThatThrownBy(() -> projects.addBudgetLine(vallee, id, new BudgetLineData(false, true, "Trop",
                BudgetLineData.AMOUNT_MAX_CENTS + 1, null)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> projects.addBudgetLine(vallee, id, new BudgetLineData(false, true, "Négatif", -1, null)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("amount"));

        Budget budget = projects.budget(vallee, id).orElseThrow();
        assertThat(budget.plannedExpenses()).isEqualTo(100_001);
        assertThat(budget.plannedIncome()).isEqualTo(90_000);
        assertThat(budget.actualIncome()).isEqualTo(60_000);
        // on the actual income: 333.33 of 600.00 public, 266.67 own funds and in kind
        assertThat(budget.publicShare()).isEqualByComparingTo("55.6");
        assertThat(budget.selfFinancing()).isEqualByComparingTo("44.4");

        signIn.as(DemoPeople.MEMBER); // of La Ressourcerie, a partner
        assertThat(projects.budget(vallee, id)).isPresent();
        signIn.as(DemoPeople.BROWSER_MEMBER); // of Coop'Bâtir, not in the project
        assertThat(projects.budget(vallee, id)).as("outside the project").isEmpty();
        assertThat(projects.page(vallee, id)).as("its sheet stays readable").isPresent();
        assertThatThrownBy(() -> projects.removeBudgetLine(vallee, inKind)).isInstanceOf(AccessDeniedException.class);

        signIn.as(DemoPeople.ANIMATOR);
        var data = projects.page(vallee, id).orElseThrow().data();
        projects.update(vallee, id, projects.page(vallee, id).orElseThrow().version(), new ProjectData(data.title(), data.summary(), data.startsOn(), data.endsOn(),
                data.themes(), data.lead(), true));
        projects.removeBudgetLine(vallee, inKind);
        signIn.as(DemoPeople.BROWSER_MEMBER);
        assertThat(projects.budget(vallee, id)).as("open to the pole").hasValueSatisfying(
                open -> assertThat(open.actualIncome()).isEqualTo(50_000));
    }

    @Test
    void theFormsOfferThePolesOrganisationsAndTheirPeopleOnly() {
        assertThat(projects.organisations(vallee)).extracting(Choice::name).contains("La Ressourcerie du Val")
                .doesNotContain("Épicerie Paysanne d'Annonay");
        assertThat(projects.people(vallee, ressourcerie)).extracting(Choice::name)
                .contains("Nadia Benali", "Louis Garnier").doesNotContain("Camille Martin");
        assertThat(projects.people(vallee, organisation("Épicerie Paysanne d'Annonay"))).as("not a member").isEmpty();
    }

    @Test
    void theDemoPoleHasFourProjectsInDifferentStatuses() {
        assertThat(projects.list(vallee, ProjectQuery.ALL)).extracting(ProjectCard::status)
                .contains(ProjectStatus.IDEA, ProjectStatus.PLANNED, ProjectStatus.ACTIVE, ProjectStatus.COMPLETED);
    }

    private OrganisationId organisation(String name) {
        return owner.db().select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.NAME.eq(name))
                .fetchSingle(ORGANISATION.ID);
    }

    private PersonId person(String email) {
        return owner.db().select(PERSON.ID).from(PERSON).where(PERSON.EMAIL.eq(email)).fetchSingle(PERSON.ID);
    }
}

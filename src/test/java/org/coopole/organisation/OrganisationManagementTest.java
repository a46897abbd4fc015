package org.coopole.organisation;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.SignIn;
import org.coopole.common.InvalidField;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.security.AccountService;
import org.coopole.security.PoleRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.PERSON;

/** An organisation manager's work; every test is rolled back. */
@CoopoleTest
@Transactional
class OrganisationManagementTest {

    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext db;

    PoleId vallee;

    @BeforeEach
    void signInAsManager() {
        signIn.as(DemoPeople.MANAGER);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aManagerEditsTheirOrganisationsProfile() {
        OrganisationData before = organisations.editableProfile(vallee);
        organisations.updateProfile(vallee, new OrganisationData("La Ressourcerie du Val", LegalForm.ASSOCIATION, true,
                "732 829 320 00074", " 3 chemin de la Gare, 26400 Crest ", "Accueil@Ressourcerie-Val.example",
                "04 75 00 00 01", "Collecte et réemploi.", List.of("Réemploi", " insertion ", "réemploi")));

        OrganisationData after = organisations.editableProfile(vallee);
        assertThat(after.siret()).isEqualTo("73282932000074");
        assertThat(after.address()).isEqualTo("3 chemin de la Gare, 26400 Crest");
        assertThat(after.contactEmail()).isEqualTo("accueil@ressourcerie-val.example");
        assertThat(after.tags()).containsExactly("réemploi", "insertion");
        assertThat(before.name()).isEqualTo(after.name());
    }

    @Test
    void anInvalidSiretOrMarkupIsRefusedFieldByField() {
        OrganisationData good = organisations.editableProfile(vallee);
        assertThatThrownBy(() -> organisations.updateProfile(vallee, with(good, "73282932000075", good.description())))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.field()).isEqualTo("siret");
                    assertThat(e.messageKey()).isEqualTo("organisation.siret.invalid");
                });
        assertThatThrownBy(() -> organisations.updateProfile(vallee, with(good, good.siret(), "<script>x</script>")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("description"));
        assertThatThrownBy(() -> organisations.updateProfile(vallee, with(good, good.siret(), "x".repeat(4001))))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.too-long"));
    }

    @Test
    void aSiretAlreadyUsedByAnotherOrganisationIsRefused() {
        signIn.as("sarah.fontaine@coopbatir.example");
        String coopBatir = organisations.editableProfile(vallee).siret();
        signIn.as(DemoPeople.MANAGER);
        OrganisationData mine = organisations.editableProfile(vallee);
        assertThatThrownBy(() -> organisations.updateProfile(vallee, with(mine, coopBatir, mine.description())))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.messageKey()).isEqualTo("organisation.siret.taken"));
    }

    @Test
    void aManagerNamesAnotherManagerButCannotStopBeingOneThemselves() {
        PersonId louis = person(DemoPeople.MEMBER);
        organisations.setManager(vallee, louis, true);
        signIn.as(DemoPeople.MEMBER);
        assertThat(accounts.me().currentPole().orElseThrow().roles()).containsExactly(PoleRole.ORGANISATION_MANAGER);

        signIn.as(DemoPeople.MANAGER);
        PersonId me = accounts.me().id();
        assertThatThrownBy(() -> organisations.setManager(vallee, me, false)).isInstanceOf(ManagerRequired.class);
        assertThatThrownBy(() -> organisations.deactivate(vallee, me)).isInstanceOf(ManagerRequired.class);
    }

    @Test
    void aDeactivatedPersonDisappearsFromTheOrganisationsPeople() {
        PersonId louis = person(DemoPeople.MEMBER);
        organisations.deactivate(vallee, louis);
        OrganisationPage page = organisations.page(vallee, organisations.own().orElseThrow().id()).orElseThrow();
        assertThat(page.people()).extracting(OrganisationPage.Member::email).doesNotContain(DemoPeople.MEMBER);
    }

    @Test
    void aManagerCannotTouchPeopleOfAnotherOrganisation() {
        PersonId karim = person(DemoPeople.BROWSER_MEMBER);
        assertThatThrownBy(() -> organisations.deactivate(vallee, karim)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.setManager(vallee, karim, true)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMemberCannotDoAManagersWork() {
        signIn.as(DemoPeople.MEMBER);
        PersonId me = accounts.me().id();
        assertThatThrownBy(() -> organisations.editableProfile(vallee)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.setManager(vallee, me, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.deactivate(vallee, me)).isInstanceOf(AccessDeniedException.class);
    }

    private PersonId person(String email) {
        return db.select(PERSON.ID).from(PERSON).where(PERSON.EMAIL.eq(email)).fetchOne(PERSON.ID);
    }

    private static OrganisationData with(OrganisationData data, String siret, String description) {
        return new OrganisationData(data.name(), data.legalForm(), data.ess(), siret, data.address(),
                data.contactEmail(), data.phone(), description, data.tags());
    }

    @Test
    void aManagersLogoIsCheckedByContentAndShownToThePolesMembers() throws Exception {
        byte[] png = LogoTest.image("png", 64, 32);
        organisations.updateLogo(vallee, png);
        assertThatThrownBy(() -> organisations.updateLogo(vallee, "GIF89a not really".getBytes()))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.field()).isEqualTo("logo");
                    assertThat(e.messageKey()).isEqualTo("organisation.logo.NOT_AN_IMAGE");
                });

        var ressourcerie = organisations.own().orElseThrow().id();
        signIn.as(DemoPeople.BROWSER_MEMBER);
        assertThat(organisations.logo(vallee, ressourcerie)).get()
                .satisfies(logo -> {
                    assertThat(logo.contentType()).isEqualTo("image/png");
                    // re-encoded (no metadata kept), the same picture
                    java.awt.image.BufferedImage kept = org.coopole.common.Images.read(logo.bytes()).orElseThrow();
                    assertThat(kept.getWidth()).isEqualTo(64);
                    assertThat(kept.getHeight()).isEqualTo(32);
                });
        assertThatThrownBy(() -> organisations.updateLogo(vallee, png)).isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoPeople.OTHER_POLE);
        assertThatThrownBy(() -> organisations.logo(vallee, ressourcerie)).isInstanceOf(AccessDeniedException.class);
    }
}

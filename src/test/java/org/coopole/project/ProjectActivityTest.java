package org.coopole.project;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.SignIn;
import org.coopole.TestClock;
import org.coopole.booking.BookingService;
import org.coopole.booking.MyBooking;
import org.coopole.common.InvalidField;
import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.messaging.MessagingService;
import org.coopole.notification.Notification;
import org.coopole.notification.NotificationKind;
import org.coopole.notification.NotificationService;
import org.coopole.resource.ResourceData;
import org.coopole.resource.ResourceKind;
import org.coopole.resource.ResourceService;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.Inflater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;

/**
 * What a project reports and used, as its people would: Camille (animator) logs a project led by La Fabrique with the
 * Ressourcerie and Coop'Bâtir; Nadia (the Ressourcerie's manager) reports an outcome and hours for her organisation
 * only; Louis writes in the journal with a photo and may change it for a day; Karim books for the project; Thomas,
 * whose organisation is outside the project, sees neither its journal, its hours nor its budget, and cannot book for
 * it. Milestones remind the project's people once; two people editing the project never overwrite each other.
 */
@CoopoleTest
class ProjectActivityTest {

    @Autowired
    ProjectService projects;
    @Autowired
    ProjectActivityService activity;
    @Autowired
    ProjectJournalService journal;
    @Autowired
    ProjectSheetService sheets;
    @Autowired
    MilestoneReminders reminders;
    @Autowired
    BookingService bookings;
    @Autowired
    ResourceService resources;
    @Autowired
    MessagingService messaging;
    @Autowired
    NotificationService notifications;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    Owner owner;
    @Autowired
    TestClock clock;

    static final String THOMAS = "thomas.girard@energies-val.example";

    PoleId vallee;
    OrganisationId fabrique;
    OrganisationId ressourcerie;
    OrganisationId coopBatir;
    ProjectId project;

    @BeforeEach
    void aProjectWithTwoPartners() {
        signIn.as(DemoPeople.ANIMATOR);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
        fabrique = organisation("Tiers-Lieu La Fabrique");
        ressourcerie = organisation("La Ressourcerie du Val");
        coopBatir = organisation("Coop'Bâtir");
        project = projects.create(vallee, new ProjectData("Recyclerie mobile " + UUID.randomUUID().toString()
                .substring(0, 6), "", null, null, List.of(), fabrique, false));
        projects.addPartner(vallee, project, new PartnerData(ressourcerie, null, null, "opérateur",
                person(DemoPeople.MANAGER)));
        projects.addPartner(vallee, project, new PartnerData(coopBatir, null, null, "logistique", null));
    }

    @AfterEach
    void signOut() {
        clock.reset();
        signIn.out();
    }

    @Test
    void aPartnersManagerReportsOutcomesForTheirOwnOrganisationOnly() {
        UUID people = kind("PEOPLE_REACHED");
        signIn.as(DemoPeople.MANAGER);
        UUID reported = activity.reportOutcome(vallee, project, new OutcomeData(people, null, OutcomeStage.ACHIEVED,
                new BigDecimal("214"), LocalDate.of(2026, 11, 2), "Huit ateliers"));
        assertThatThrownBy(() -> activity.reportOutcome(vallee, project, new OutcomeData(people, fabrique,
                OutcomeStage.ACHIEVED, BigDecimal.ONE, null, ""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activity.reportOutcome(vallee, project, new OutcomeData(people, null,
                OutcomeStage.ACHIEVED, new BigDecimal("-3"), null, "")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> activity.reportOutcome(vallee, project, new OutcomeData(people, null,
                OutcomeStage.ACHIEVED, new BigDecimal("1.234"), null, "")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> activity.reportOutcome(vallee, project, new OutcomeData(UUID.randomUUID(), null,
                OutcomeStage.ACHIEVED, BigDecimal.ONE, null, "")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("kind"));

        signIn.as(DemoPeople.MEMBER); // of the Ressourcerie, but no manager
        assertThatThrownBy(() -> activity.reportOutcome(vallee, project, new OutcomeData(people, null,
                OutcomeStage.ACHIEVED, BigDecimal.ONE, null, ""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activity.removeOutcome(vallee, reported)).isInstanceOf(AccessDeniedException.class);

        signIn.as(DemoPeople.ANIMATOR);
        UUID fabriques = activity.reportOutcome(vallee, project, new OutcomeData(kind("JOBS_CREATED"), fabrique,
                OutcomeStage.EXPECTED, new BigDecimal("2"), LocalDate.of(2027, 6, 30), ""));
        assertThat(activity.outcomes(vallee, project)).extracting(Outcome::organisationName, Outcome::amount)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("La Ressourcerie du Val",
                        new BigDecimal("214.00")), org.assertj.core.groups.Tuple.tuple("Tiers-Lieu La Fabrique",
                        new BigDecimal("2.00")));

        signIn.as(DemoPeople.MANAGER);
        assertThat(activity.outcomes(vallee, project)).filteredOn(Outcome::removable).extracting(Outcome::id)
                .containsExactly(reported);
        assertThatThrownBy(() -> activity.removeOutcome(vallee, fabriques)).isInstanceOf(AccessDeniedException.class);
        activity.removeOutcome(vallee, reported);
        assertThat(activity.outcomes(vallee, project)).extracting(Outcome::id).containsExactly(fabriques);
    }

    @Test
    void thePolesAnimatorAddsAKindOfOutcomeThatEveryProjectOfThePoleUses() {
        String name = "Repas servis " + UUID.randomUUID().toString().substring(0, 4);
        UUID meals = activity.addOutcomeKind(vallee, name, OutcomeUnit.COUNT);
        assertThatThrownBy(() -> activity.addOutcomeKind(vallee, name.toUpperCase(Locale.ROOT), OutcomeUnit.COUNT))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey())
                        .isEqualTo("project.outcome.kind.taken"));
        assertThatThrownBy(() -> activity.addOutcomeKind(vallee, "<b>x</b>", OutcomeUnit.COUNT))
                .isInstanceOf(InvalidField.class);
        assertThat(activity.outcomeKinds(vallee)).extracting(OutcomeKind::id).contains(meals, kind("JOBS_KEPT"));

        signIn.as(DemoPeople.MANAGER);
        assertThatThrownBy(() -> activity.addOutcomeKind(vallee, "Autre", OutcomeUnit.COUNT))
                .isInstanceOf(AccessDeniedException.class);
        activity.reportOutcome(vallee, project, new OutcomeData(meals, null, OutcomeStage.EXPECTED,
                new BigDecimal("1500"), null, ""));

        signIn.as(DemoPeople.OTHER_POLE); // another pole sees Coopole's kinds, never this pole's own
        PoleId ardeche = accounts.me().currentPole().orElseThrow().poleId();
        assertThat(activity.outcomeKinds(ardeche)).extracting(OutcomeKind::id).doesNotContain(meals)
                .contains(kind("JOBS_KEPT"));
    }

    @Test
    void milestonesRemindTheProjectsPeopleOnceWhenNearAndOnceWhenOverdue() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        UUID soon = activity.addMilestone(vallee, project, "Bilan pour la Région", today.plusDays(3));
        activity.addMilestone(vallee, project, "Inventaire", today.minusDays(2));
        activity.addMilestone(vallee, project, "Dans six mois", today.plusMonths(6));
        assertThatThrownBy(() -> activity.addMilestone(vallee, project, " ", today))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> activity.addMilestone(vallee, project, "x", LocalDate.of(1999, 1, 1)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("dueOn"));
        signIn.as(DemoPeople.MANAGER);
        assertThatThrownBy(() -> activity.addMilestone(vallee, project, "x", today))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activity.markMilestone(vallee, soon, true)).isInstanceOf(AccessDeniedException.class);
        signIn.out();
        assertThat(reminders.remind()).isGreaterThanOrEqualTo(2);
        assertThat(reminders.remind()).as("a second run, or another node, sends nothing more").isZero();

        signIn.as(DemoPeople.MANAGER);
        List<Notification> told = notifications.latest(vallee, 100).stream()
                .filter(n -> n.subject().id().equals(project.value()))
                .filter(n -> n.kind().name().startsWith("PROJECT_MILESTONE")).toList();
        assertThat(told).extracting(Notification::kind).containsExactlyInAnyOrder(
                NotificationKind.PROJECT_MILESTONE_NEAR, NotificationKind.PROJECT_MILESTONE_OVERDUE);
        assertThat(told).extracting(n -> n.params().get("milestone")).containsExactlyInAnyOrder(
                "Bilan pour la Région", "Inventaire");

        signIn.as(DemoPeople.ANIMATOR);
        activity.markMilestone(vallee, soon, true);
        assertThat(activity.milestones(vallee, project)).filteredOn(m -> m.id().equals(soon))
                .singleElement().satisfies(m -> assertThat(m.doneOn()).isNotNull());
    }

    @Test
    void theProjectsPeopleWriteInTheJournalWithAPhotoAndOutsidersReadNothingOfIt() throws IOException {
        signIn.as(DemoPeople.MEMBER);
        byte[] photo = png();
        UUID entry = journal.write(vallee, project, new JournalDraft(null, "Premier atelier : 31 personnes.",
                List.of(new JournalDraft.NewFile("C:\\photos\\atelier.png", photo))));
        assertThatThrownBy(() -> journal.write(vallee, project, new JournalDraft(null, "Avec un faux PDF",
                List.of(new JournalDraft.NewFile("devis.pdf", "bonjour".getBytes(StandardCharsets.UTF_8))))))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("attachments"));
        assertThatThrownBy(() -> journal.write(vallee, project, new JournalDraft(null, "  ", List.of())))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("body"));
        JournalEntry written = journal.journal(vallee, project).orElseThrow().getFirst();
        assertThat(written.id()).isEqualTo(entry);
        assertThat(written.organisationName()).isEqualTo("La Ressourcerie du Val");
        assertThat(written.editable()).isTrue();
        assertThat(written.files()).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("atelier.png");
            assertThat(f.mediaType()).isEqualTo("image/png");
        });
        UUID file = written.files().getFirst().id();
        assertThat(journal.file(vallee, file)).isPresent();
        journal.edit(vallee, entry, null, "Premier atelier : 31 personnes, 19 objets réparés.");

        signIn.as(DemoPeople.MANAGER); // the same organisation, not the author
        assertThatThrownBy(() -> journal.edit(vallee, entry, null, "Autre chose"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> journal.pin(vallee, entry, true)).isInstanceOf(AccessDeniedException.class);
        // the project's organisations' managers heard of it
        assertThat(notifications.latest(vallee, 5)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.PROJECT_JOURNAL_ENTRY);
            assertThat(n.subject().id()).isEqualTo(project.value());
        });

        signIn.as(THOMAS); // Énergies Citoyennes: outside the project
        assertThat(journal.journal(vallee, project)).isEmpty();
        assertThat(journal.file(vallee, file)).isEmpty();
        assertThat(journal.mayWrite(vallee, project)).isFalse();
        assertThatThrownBy(() -> journal.write(vallee, project, new JournalDraft(null, "Bonjour", List.of())))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as(DemoPeople.ANIMATOR);
        journal.pin(vallee, entry, true);
        assertThat(journal.journal(vallee, project).orElseThrow().getFirst().pinned()).isTrue();

        clock.set(Instant.now().plus(Duration.ofDays(2)));
        signIn.as(DemoPeople.MEMBER); // a day later, the author no longer changes it
        assertThat(journal.journal(vallee, project).orElseThrow().getFirst().editable()).isFalse();
        assertThatThrownBy(() -> journal.edit(vallee, entry, null, "Trop tard"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(journal.journal(vallee, project).orElseThrow().getFirst().body()).contains("19 objets réparés");
    }

    @Test
    void hoursAreKeptPerOrganisationFromStaffBookingsAndByHand() {
        signIn.as(DemoPeople.MANAGER);
        ResourceId advice = resources.share(vallee, new ResourceData(ResourceKind.STAFF,
                "Réparateur " + UUID.randomUUID().toString().substring(0, 6), "", false));
        activity.addHours(vallee, project, new HoursData(null, LocalDate.now().minusDays(1), 150, "Tri des dons"));
        assertThatThrownBy(() -> activity.addHours(vallee, project, new HoursData(null, LocalDate.now().plusDays(3),
                60, ""))).isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("workedOn"));
        assertThatThrownBy(() -> activity.addHours(vallee, project, new HoursData(null, LocalDate.now(), 0, "")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("minutes"));
        assertThatThrownBy(() -> activity.addHours(vallee, project, new HoursData(coopBatir, LocalDate.now(), 60, "")))
                .isInstanceOf(AccessDeniedException.class);

        // half past midnight in France is still the day before in UTC: "today" is the pole's
        clock.set(Instant.parse("2026-12-06T23:30:00Z"));
        UUID lateEvening = activity.addHours(vallee, project, new HoursData(null, LocalDate.of(2026, 12, 7), 30, ""));
        assertThatThrownBy(() -> activity.addHours(vallee, project, new HoursData(null, LocalDate.of(2026, 12, 8), 30,
                ""))).isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey())
                .isEqualTo("project.hours.future"));
        clock.reset();
        activity.removeHours(vallee, lateEvening);

        signIn.as(DemoPeople.BROWSER_MEMBER); // Karim, of Coop'Bâtir, books the Ressourcerie's repairer for it
        Instant start = slot();
        bookings.book(vallee, advice, start, start.plus(Duration.ofHours(3)), "Réparations", project);

        signIn.as(DemoPeople.ANIMATOR);
        HoursLedger ledger = activity.hours(vallee, project).orElseThrow();
        assertThat(ledger.totals()).singleElement().satisfies(total -> {
            assertThat(total.organisation()).isEqualTo(ressourcerie);
            assertThat(total.enteredMinutes()).isEqualTo(150);
            assertThat(total.bookedMinutes()).isEqualTo(180);
            assertThat(total.minutes()).isEqualTo(330);
        });

        assertThat(activity.sections(vallee, project).orElseThrow().hours()).contains(ledger);

        signIn.as(THOMAS);
        assertThat(activity.hours(vallee, project)).isEmpty();
        assertThat(projects.budget(vallee, project)).isEmpty();
        // the page's sections, read at once, show an outsider the public part only
        ProjectSections outsider = activity.sections(vallee, project).orElseThrow();
        assertThat(outsider.budget()).isEmpty();
        assertThat(outsider.journal()).isEmpty();
        assertThat(outsider.hours()).isEmpty();
        assertThat(outsider.used()).hasSize(1);
        assertThat(outsider.mayWrite()).isFalse();
        assertThat(outsider.mayReport()).isFalse();

        signIn.as(DemoPeople.MEMBER); // a partner's member writes in the journal but reports nothing
        ProjectSections member = activity.sections(vallee, project).orElseThrow();
        assertThat(member.mayWrite()).isTrue();
        assertThat(member.mayReport()).isFalse();
        assertThat(member.hours()).isPresent();
        signIn.as(DemoPeople.MANAGER);
        assertThat(activity.sections(vallee, project).orElseThrow().mayReport()).isTrue();
    }

    @Test
    void aBookerPicksTheProjectOrLinksAPastBookingAndOutsidersCannot() {
        signIn.as(DemoPeople.MANAGER);
        ResourceId room = resources.share(vallee, new ResourceData(ResourceKind.PREMISES,
                "Salle " + UUID.randomUUID().toString().substring(0, 6), "", true));

        signIn.as(DemoPeople.BROWSER_MEMBER);
        assertThat(activity.bookableFor(vallee)).extracting(Choice::id).contains(project.value());
        Instant start = slot();
        bookings.book(vallee, room, start, start.plus(Duration.ofHours(2)), "Tri", project);
        assertThat(activity.used(vallee, project)).singleElement().satisfies(b -> {
            assertThat(b.resource()).isEqualTo(room);
            assertThat(b.organisationName()).isEqualTo("Coop'Bâtir");
            assertThat(b.status()).isEqualTo("REQUESTED");
        });
        assertThat(activity.projectsUsing(vallee, room)).extracting(Choice::id).containsExactly(project.value());

        signIn.as(THOMAS);
        assertThat(activity.bookableFor(vallee)).extracting(Choice::id).doesNotContain(project.value());
        Instant other = slot();
        assertThatThrownBy(() -> bookings.book(vallee, room, other, other.plus(Duration.ofHours(1)), "", project))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("project"));
        bookings.book(vallee, room, other, other.plus(Duration.ofHours(1)), "Réunion");
        MyBooking thomas = bookings.mine(vallee, false, true, 0, 200).stream()
                .filter(b -> b.resourceId().equals(room)).findFirst().orElseThrow();
        assertThatThrownBy(() -> activity.linkBooking(vallee, thomas.id(), project))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("project"));

        signIn.as(DemoPeople.BROWSER_MEMBER); // Karim cannot link another organisation's booking
        assertThatThrownBy(() -> activity.linkBooking(vallee, thomas.id(), project))
                .isInstanceOf(AccessDeniedException.class);
        MyBooking karims = bookings.mine(vallee, false, true, 0, 200).stream()
                .filter(b -> b.resourceId().equals(room)).findFirst().orElseThrow();
        assertThat(karims.projectTitle()).startsWith("Recyclerie mobile");
        activity.linkBooking(vallee, karims.id(), null);
        assertThat(activity.used(vallee, project)).isEmpty();
        activity.linkBooking(vallee, karims.id(), project);
        assertThat(activity.used(vallee, project)).hasSize(1);
    }

    @Test
    void twoPeopleEditingTheProjectNeverOverwriteEachOtherSilently() {
        ProjectPage camillesCopy = projects.page(vallee, project).orElseThrow();
        ProjectPage secondCopy = projects.page(vallee, project).orElseThrow();
        ProjectData first = new ProjectData(camillesCopy.data().title(), "Version de Camille", null, null, List.of(),
                fabrique, false);
        projects.update(vallee, project, camillesCopy.version(), first);
        ProjectData second = new ProjectData(secondCopy.data().title(), "Version de l'autre onglet", null, null,
                List.of(), fabrique, true);
        assertThatThrownBy(() -> projects.update(vallee, project, secondCopy.version(), second))
                .isInstanceOf(ProjectChangedMeanwhile.class);
        ProjectPage now = projects.page(vallee, project).orElseThrow();
        assertThat(now.data().summary()).isEqualTo("Version de Camille");
        assertThat(now.data().openToPole()).isFalse();
        projects.update(vallee, project, now.version(), second);
        assertThat(projects.page(vallee, project).orElseThrow().data().summary()).isEqualTo("Version de l'autre onglet");
    }

    @Test
    void theProjectsConversationHoldsItsPeopleAndAPartnerWhoComesLaterJoinsIt() {
        signIn.as(DemoPeople.MANAGER);
        var conversation = messaging.aboutProject(vallee, project);
        assertThat(messaging.details(vallee, conversation).people()).extracting(p -> p.id())
                .contains(person(DemoPeople.MANAGER), person(DemoPeople.ANIMATOR), person(DemoPeople.BROWSER_MEMBER))
                .doesNotContain(person(THOMAS));

        signIn.as(THOMAS);
        assertThatThrownBy(() -> messaging.aboutProject(vallee, project)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messaging.details(vallee, conversation)).isInstanceOf(AccessDeniedException.class);

        signIn.as(DemoPeople.ANIMATOR);
        projects.addPartner(vallee, project, new PartnerData(organisation("Énergies Citoyennes du Val"), null, null,
                "conseil", null));
        signIn.as(THOMAS);
        assertThat(messaging.aboutProject(vallee, project)).isEqualTo(conversation);
        assertThat(messaging.details(vallee, conversation).people()).extracting(p -> p.id()).contains(person(THOMAS));
    }

    @Test
    void thePrintableSheetIsAPdfInTheReadersLanguageWithTheBudgetOnlyForThoseWhoReadIt() {
        projects.addBudgetLine(vallee, project, new BudgetLineData(true, false, "Subvention régionale", 1_234_567,
                FunderKind.REGION));
        activity.reportOutcome(vallee, project, new OutcomeData(kind("PEOPLE_TRAINED"), fabrique,
                OutcomeStage.ACHIEVED, new BigDecimal("42"), null, ""));
        String french = text(sheets.sheet(vallee, project, Locale.FRENCH).orElseThrow());
        String english = text(sheets.sheet(vallee, project, Locale.ENGLISH).orElseThrow());
        assertThat(french).contains("Partenaires").contains("Subvention r").contains("Personnes form");
        assertThat(english).contains("Partners").contains("People trained");

        signIn.as(THOMAS);
        String outsider = text(sheets.sheet(vallee, project, Locale.FRENCH).orElseThrow());
        assertThat(outsider).contains("Personnes form").doesNotContain("Subvention r");

        signIn.as(DemoPeople.OTHER_POLE);
        PoleId ardeche = accounts.me().currentPole().orElseThrow().poleId();
        assertThat(sheets.sheet(ardeche, project, Locale.FRENCH)).isEmpty();
    }

    /** The text of a PDF's content streams, inflated, as the reader's words are written into them. */
    private static String text(byte[] pdf) {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        StringBuilder text = new StringBuilder();
        int at = 0;
        while ((at = raw.indexOf("stream", at)) >= 0) {
            int start = raw.indexOf('\n', at) + 1;
            int end = raw.indexOf("endstream", start);
            if (start <= 0 || end < 0) {
                break;
            }
            Inflater inflater = new Inflater();
            inflater.setInput(pdf, start, end - start);
            byte[] out = new byte[1 << 20];
            try {
                int n = inflater.inflate(out);
                text.append(new String(out, 0, n, StandardCharsets.ISO_8859_1));
            } catch (java.util.zip.DataFormatException notCompressed) {
                text.append(raw, start, end);
            }
            at = end + 9;
        }
        return text.toString();
    }

    private static Instant slot() {
        return Instant.now().plus(Duration.ofDays(20 + (long) (Math.random() * 100))).truncatedTo(ChronoUnit.DAYS)
                .plus(Duration.ofHours(8 + (long) (Math.random() * 6)));
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private UUID kind(String code) {
        return owner.db().select(org.coopole.db.Tables.OUTCOME_KIND.ID).from(org.coopole.db.Tables.OUTCOME_KIND)
                .where(org.coopole.db.Tables.OUTCOME_KIND.CODE.eq(code)).fetchSingle(org.coopole.db.Tables.OUTCOME_KIND.ID);
    }

    private OrganisationId organisation(String name) {
        return owner.db().select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.NAME.eq(name))
                .fetchSingle(ORGANISATION.ID);
    }

    private PersonId person(String email) {
        return owner.db().select(PERSON.ID).from(PERSON).where(PERSON.EMAIL.eq(email)).fetchSingle(PERSON.ID);
    }
}

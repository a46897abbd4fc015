package org.coopole;

import org.coopole.audit.AuditAction;
import org.coopole.audit.AuditQuery;
import org.coopole.audit.AuditTrail;
import org.coopole.booking.BookingService;
import org.coopole.booking.BookingStatus;
import org.coopole.booking.MyBooking;
import org.coopole.booking.CalendarFeedService;
import org.coopole.booking.Repeat;
import org.coopole.common.BookingId;
import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.notification.NotificationService;
import org.coopole.organisation.DirectoryQuery;
import org.coopole.organisation.InvitationData;
import org.coopole.organisation.InvitationService;
import org.coopole.organisation.LegalForm;
import org.coopole.organisation.MembershipService;
import org.coopole.organisation.NewMember;
import org.coopole.organisation.OrganisationData;
import org.coopole.organisation.OrganisationService;
import org.coopole.pole.PoleData;
import org.coopole.pole.PoleService;
import org.coopole.resource.BookingPolicy;
import org.coopole.resource.CatalogueQuery;
import org.coopole.resource.RateUnit;
import org.coopole.resource.ResourceData;
import org.coopole.resource.ResourceDetails;
import org.coopole.resource.ResourceKind;
import org.coopole.resource.ResourceService;
import org.coopole.resource.ResourceStatus;
import org.coopole.security.AccountService;
import org.coopole.security.PoleRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.BOOKING;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.RESOURCE;

/**
 * The first wall, method by method: the animator and manager of pole A (Vallée Coopère) calls every service method
 * that takes a pole with pole B's (Ardèche Solidaire) id and B's rows. Each call is refused, and each refusal is in
 * A's audit trail. Every public method of Coopole's beans that takes a pole is found by reflection and must have its
 * case here. (The database's own wall is {@code RowLevelSecurityTest}.)
 */
@CoopoleTest
class PoleIsolationTest {

    @Autowired
    PoleService poles;
    @Autowired
    OrganisationService organisations;
    @Autowired
    InvitationService invitations;
    @Autowired
    MembershipService memberships;
    @Autowired
    AuditTrail audit;
    @Autowired
    ResourceService resources;
    @Autowired
    BookingService bookings;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    NotificationService notifications;
    @Autowired
    AccountService accounts;
    @Autowired
    org.coopole.messaging.MessagingService messaging;
    @Autowired
    org.coopole.project.ProjectService projects;
    @Autowired
    SignIn signIn;
    @Autowired
    Owner owner;
    @Autowired
    org.coopole.project.ProjectActivityService activity;
    @Autowired
    org.coopole.costs.CostService costs;
    @Autowired
    org.coopole.costs.InKindService inKind;
    @Autowired
    org.coopole.indicators.IndicatorService indicators;
    @Autowired
    org.coopole.indicators.FunderReportService funderReport;
    @Autowired
    org.coopole.project.ProjectJournalService journal;
    @Autowired
    org.coopole.project.ProjectSheetService sheets;
    @Autowired
    org.coopole.booking.QuotaService quotas;
    @Autowired
    org.coopole.booking.WaitlistService waitlist;
    @Autowired
    org.coopole.privacy.PersonalDataService personalData;
    @Autowired
    org.coopole.api.PublicationService publication;

    PoleId vallee;
    PoleId ardeche;
    OrganisationId epicerie;
    PersonId lucie;

    @BeforeEach
    void poles() {
        signIn.as(DemoPeople.OTHER_POLE);
        ardeche = accounts.me().currentPole().orElseThrow().poleId();
        signIn.as(DemoPeople.ANIMATOR);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
        epicerie = owner.db().select(ORGANISATION.ID).from(ORGANISATION)
                .where(ORGANISATION.NAME.eq("Épicerie Paysanne d'Annonay")).fetchOne(ORGANISATION.ID);
        lucie = owner.db().select(PERSON.ID).from(PERSON).where(PERSON.EMAIL.eq(DemoPeople.OTHER_POLE))
                .fetchOne(PERSON.ID);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /**
     * Public methods that take a pole but are no entry point: the policy bean answers yes or no for any pole, the
     * audit trail's writer is called by services after their own check, and live signals name ids only.
     */
    private static final Set<String> NOT_ENTRY_POINTS = Set.of("PoleAccess.isMember(PoleId)",
            "PoleAccess.hasAnyRole(PoleId,PoleRole[])", "AuditTrail.log(AuditAction,PoleId,String,String)",
            // live signals carry ids only; whoever hears one reads again through the services, which check
            "LiveSignals.changed(Topic,PoleId,UUID)", "LiveSignals.changed(Topic,PoleId,Collection)",
            "LiveUpdates.subscribe(Topic,PoleId,UUID,Consumer)",
            // a published catalogue is anybody's, whatever their pole; one not published answers nothing
            // (PublicApiTest, which also calls the API with another pole's ids)
            "PublicCatalogueService.pole(PoleId)", "PublicCatalogueService.catalogue(PoleId,ResourceKind,OrganisationId)",
            "PublicCatalogueService.busy(PoleId,ResourceId,Instant,Instant)",
            "PublicCatalogueService.busyOfAll(PoleId,Instant,Instant)");

    @Autowired
    ApplicationContext context;

    @Test
    void everyServiceMethodRefusesAnotherPolesDataAndTheRefusalIsAudited() {
        Map<String, Runnable> calls = crossPoleCalls();

        AuditQuery refusals = new AuditQuery(AuditAction.REFUSED, "Camille", null, null, 0, 1000);
        int before = audit.count(vallee, refusals);
        calls.forEach((name, call) -> assertThatThrownBy(call::run).as(name).isInstanceOf(AccessDeniedException.class));
        List<String> audited = audit.search(vallee, refusals).stream().map(e -> e.target()).toList();

        assertThat(audit.count(vallee, refusals) - before).isEqualTo(calls.size());
        calls.keySet().forEach(name -> assertThat(audited).as(name).contains(name.substring(0, name.indexOf('('))));
    }

    @Test
    void everyPublicServiceMethodThatTakesAPoleHasACrossPoleCase() {
        Set<String> poleScoped = new TreeSet<>();
        for (String bean : context.getBeanDefinitionNames()) {
            Class<?> found = context.getType(bean); // without making it: some live only in a browser tab's scope
            if (found == null) {
                continue;
            }
            Class<?> type = org.springframework.util.ClassUtils.getUserClass(found);
            // a feature's public API lives in its root package; repositories (internal) are reached only through it
            if (!type.getPackageName().startsWith("org.coopole") || type.getPackageName().contains(".internal")
                    || type.getPackageName().endsWith(".ui")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
                        && Arrays.asList(method.getParameterTypes()).contains(PoleId.class)) {
                    poleScoped.add(signature(method));
                }
            }
        }
        poleScoped.removeAll(NOT_ENTRY_POINTS);

        assertThat(poleScoped).as("found by reflection").contains("BookingService.decline(PoleId,BookingId,String)",
                "ResourceService.setDetails(PoleId,ResourceId,ResourceDetails)");
        assertThat(crossPoleCalls().keySet()).as("methods taking a pole without a cross-pole case")
                .containsAll(poleScoped);
    }

    private static String signature(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + Arrays.stream(
                method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",", "(", ")"));
    }

    /** Each pole-scoped method called by pole A's animator and manager with pole B's id and B's rows. */
    private Map<String, Runnable> crossPoleCalls() {
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("PoleService.profile(PoleId)", () -> poles.profile(ardeche));
        calls.put("PoleService.updateProfile(PoleId,PoleData)", () -> poles.updateProfile(ardeche, new PoleData("x", "", "", "")));
        calls.put("OrganisationService.directory(PoleId,DirectoryQuery)", () -> organisations.directory(ardeche, DirectoryQuery.all(10)));
        calls.put("OrganisationService.count(PoleId,DirectoryQuery)", () -> organisations.count(ardeche, DirectoryQuery.all(10)));
        calls.put("OrganisationService.tags(PoleId)", () -> organisations.tags(ardeche));
        calls.put("OrganisationService.page(PoleId,OrganisationId)", () -> organisations.page(ardeche, epicerie));
        calls.put("OrganisationService.editableProfile(PoleId)", () -> organisations.editableProfile(ardeche));
        calls.put("OrganisationService.updateProfile(PoleId,OrganisationData)", () -> organisations.updateProfile(ardeche,
                new OrganisationData("x", LegalForm.OTHER, false, null, "", null, "", "", List.of())));
        calls.put("OrganisationService.setManager(PoleId,PersonId,boolean)", () -> organisations.setManager(ardeche, lucie, false));
        calls.put("OrganisationService.deactivate(PoleId,PersonId)", () -> organisations.deactivate(ardeche, lucie));
        calls.put("OrganisationService.updateLogo(PoleId,byte[])", () -> organisations.updateLogo(ardeche, new byte[] {1, 2, 3}));
        calls.put("OrganisationService.logo(PoleId,OrganisationId)", () -> organisations.logo(ardeche, epicerie));
        calls.put("InvitationService.invite(PoleId,InvitationData)", () -> invitations.invite(ardeche,
                new InvitationData("A", "B", "a.b@x.example", PoleRole.MEMBER)));
        calls.put("MembershipService.members(PoleId)", () -> memberships.members(ardeche));
        calls.put("MembershipService.decreeMix(PoleId)", () -> memberships.decreeMix(ardeche));
        calls.put("MembershipService.admit(PoleId,NewMember)", () -> memberships.admit(ardeche,
                new NewMember("X", LegalForm.OTHER, false, "A", "B", "a.b@x.example")));
        calls.put("MembershipService.acceptRequest(PoleId,OrganisationId)", () -> memberships.acceptRequest(ardeche, epicerie));
        calls.put("MembershipService.end(PoleId,OrganisationId)", () -> memberships.end(ardeche, epicerie));
        calls.put("MembershipService.people(PoleId)", () -> memberships.people(ardeche));
        calls.put("MembershipService.setAnimator(PoleId,PersonId,boolean)", () -> memberships.setAnimator(ardeche, lucie, false));
        calls.put("MembershipService.joinablePoles(PoleId)", () -> memberships.joinablePoles(ardeche));
        calls.put("MembershipService.requestToJoin(PoleId,PoleId)", () -> memberships.requestToJoin(ardeche, vallee));
        calls.put("AuditTrail.search(PoleId,AuditQuery)", () -> audit.search(ardeche, AuditQuery.latest(10)));
        calls.put("AuditTrail.count(PoleId,AuditQuery)", () -> audit.count(ardeche, AuditQuery.latest(10)));
        calls.put("AuditTrail.clock(PoleId)", () -> audit.clock(ardeche));
        calls.put("AccountService.switchPole(PoleId)", () -> accounts.switchPole(ardeche));
        ResourceId cold = owner.db().select(RESOURCE.ID).from(RESOURCE).where(RESOURCE.NAME.eq("Chambre froide"))
                .fetchOne(RESOURCE.ID);
        Instant start = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.DAYS);
        Instant end = start.plus(Duration.ofDays(1));
        // a live booking of pole B (Ardèche Solidaire), as its own people made it
        BookingId booking = owner.db().select(BOOKING.ID).from(BOOKING).join(RESOURCE).on(RESOURCE.ID.eq(BOOKING.RESOURCE_ID))
                .where(RESOURCE.NAME.eq("Chambre froide")).limit(1).fetchOptional(BOOKING.ID)
                .orElseGet(() -> new BookingId(UUID.randomUUID()));
        MyBooking theirs = new MyBooking(booking, cold, "Chambre froide", "", start, end, BookingStatus.CONFIRMED, "",
                "", null, false, 0, start);
        calls.put("ResourceService.catalogue(PoleId)", () -> resources.catalogue(ardeche));
        calls.put("ResourceService.catalogue(PoleId,CatalogueQuery)", () -> resources.catalogue(ardeche, CatalogueQuery.all()));
        calls.put("ResourceService.resource(PoleId,ResourceId)", () -> resources.resource(ardeche, cold));
        calls.put("ResourceService.bookingRules(PoleId,ResourceId)", () -> resources.bookingRules(ardeche, cold));
        calls.put("ResourceService.timeZone(PoleId)", () -> resources.timeZone(ardeche));
        calls.put("ResourceService.ofMyOrganisation(PoleId)", () -> resources.ofMyOrganisation(ardeche));
        calls.put("ResourceService.share(PoleId,ResourceData)", () -> resources.share(ardeche,
                new ResourceData(ResourceKind.EQUIPMENT, "x", "", false)));
        calls.put("ResourceService.save(PoleId,ResourceId,ResourceSettings)", () -> resources.save(ardeche, cold, null));
        calls.put("ResourceService.update(PoleId,ResourceId,ResourceData)", () -> resources.update(ardeche, cold,
                new ResourceData(ResourceKind.EQUIPMENT, "x", "", false)));
        calls.put("ResourceService.setPolicy(PoleId,ResourceId,BookingPolicy)", () -> resources.setPolicy(ardeche, cold, BookingPolicy.DEFAULT));
        calls.put("ResourceService.setStatus(PoleId,ResourceId,ResourceStatus)", () -> resources.setStatus(ardeche, cold, ResourceStatus.PAUSED));
        calls.put("ResourceService.setOpeningHours(PoleId,ResourceId,List)", () -> resources.setOpeningHours(ardeche, cold, List.of()));
        calls.put("ResourceService.setClosures(PoleId,ResourceId,List)", () -> resources.setClosures(ardeche, cold, List.of()));
        calls.put("ResourceService.setStaff(PoleId,ResourceId,List,Integer)", () -> resources.setStaff(ardeche, cold,
                List.of("comptabilité"), 600));
        calls.put("ResourceService.setDetails(PoleId,ResourceId,ResourceDetails)", () -> resources.setDetails(ardeche, cold,
                new ResourceDetails("", null, "", List.of(), RateUnit.FREE, 0)));
        calls.put("ResourceService.shareIn(PoleId,ResourceId,Set)", () -> resources.shareIn(ardeche, cold, Set.of(vallee)));
        calls.put("ResourceService.sharedIn(PoleId,ResourceId)", () -> resources.sharedIn(ardeche, cold));
        calls.put("ResourceService.photo(PoleId,ResourceId,int,boolean)", () -> resources.photo(ardeche, cold, 1, true));
        calls.put("ResourceService.addPhoto(PoleId,ResourceId,byte[])", () -> resources.addPhoto(ardeche, cold, new byte[] {1, 2, 3}));
        calls.put("ResourceService.removePhoto(PoleId,ResourceId,int)", () -> resources.removePhoto(ardeche, cold, 1));
        calls.put("BookingService.book(PoleId,ResourceId,Instant,Instant,String)", () -> bookings.book(ardeche, cold, start, end, ""));
        calls.put("BookingService.preview(PoleId,ResourceId,Instant,Instant,Repeat,int)", () -> bookings.preview(ardeche, cold, start, end, Repeat.WEEKLY, 3));
        calls.put("BookingService.bookSeries(PoleId,ResourceId,Instant,Instant,Repeat,int,String)", () -> bookings.bookSeries(ardeche, cold, start, end, Repeat.WEEKLY, 3, ""));
        calls.put("BookingService.busy(PoleId,ResourceId,Instant,Instant)", () -> bookings.busy(ardeche, cold, start, end));
        calls.put("BookingService.mine(PoleId,boolean,boolean,int,int)", () -> bookings.mine(ardeche, true, true, 0, 10));
        calls.put("BookingService.requestsToDecide(PoleId)", () -> bookings.requestsToDecide(ardeche));
        calls.put("BookingService.confirmedOfOurResources(PoleId,int)", () -> bookings.confirmedOfOurResources(ardeche, 10));
        calls.put("BookingService.confirm(PoleId,BookingId)", () -> bookings.confirm(ardeche, booking));
        calls.put("BookingService.decline(PoleId,BookingId,String)", () -> bookings.decline(ardeche, booking, "non"));
        calls.put("BookingService.cancel(PoleId,BookingId)", () -> bookings.cancel(ardeche, booking));
        calls.put("BookingService.cancelAsOwner(PoleId,BookingId,String)", () -> bookings.cancelAsOwner(ardeche, booking, "non"));
        calls.put("BookingService.cancelSeriesFrom(PoleId,BookingId)", () -> bookings.cancelSeriesFrom(ardeche, booking));
        calls.put("CalendarFeedService.create(PoleId,ResourceId)", () -> feeds.create(ardeche, cold));
        calls.put("CalendarFeedService.mine(PoleId)", () -> feeds.mine(ardeche));
        calls.put("CalendarFeedService.revoke(PoleId,UUID)", () -> feeds.revoke(ardeche, UUID.randomUUID()));
        calls.put("CalendarFeedService.ics(PoleId,MyBooking)", () -> feeds.ics(ardeche, theirs));
        calls.put("NotificationService.latest(PoleId,int)", () -> notifications.latest(ardeche, 10));
        calls.put("NotificationService.unread(PoleId)", () -> notifications.unread(ardeche));
        calls.put("NotificationService.markAllRead(PoleId)", () -> notifications.markAllRead(ardeche));
        var theirConversation = new org.coopole.messaging.ConversationId(UUID.randomUUID());
        calls.put("MessagingService.direct(PoleId,PersonId)", () -> messaging.direct(ardeche, lucie));
        calls.put("MessagingService.conversations(PoleId)", () -> messaging.conversations(ardeche));
        calls.put("MessagingService.messages(PoleId,ConversationId,int)", () -> messaging.messages(ardeche,
                theirConversation, 10));
        calls.put("MessagingService.send(PoleId,ConversationId,Draft)", () -> messaging.send(ardeche,
                theirConversation, org.coopole.messaging.Draft.of("Bonjour")));
        calls.put("MessagingService.markRead(PoleId,ConversationId)", () -> messaging.markRead(ardeche,
                theirConversation));
        calls.put("MessagingService.unread(PoleId)", () -> messaging.unread(ardeche));
        var theirMessage = new org.coopole.messaging.MessageId(UUID.randomUUID());
        calls.put("MessagingService.group(PoleId,String,Collection)", () -> messaging.group(ardeche, "Groupe",
                List.of(lucie)));
        calls.put("MessagingService.toOrganisation(PoleId,OrganisationId)", () -> messaging.toOrganisation(ardeche,
                epicerie));
        calls.put("MessagingService.aboutResource(PoleId,ResourceId)", () -> messaging.aboutResource(ardeche,
                new ResourceId(UUID.randomUUID())));
        calls.put("MessagingService.aboutBooking(PoleId,BookingId)", () -> messaging.aboutBooking(ardeche,
                new BookingId(UUID.randomUUID())));
        calls.put("MessagingService.details(PoleId,ConversationId)", () -> messaging.details(ardeche,
                theirConversation));
        calls.put("MessagingService.edit(PoleId,MessageId,String)", () -> messaging.edit(ardeche, theirMessage, "x"));
        calls.put("MessagingService.delete(PoleId,MessageId)", () -> messaging.delete(ardeche, theirMessage));
        calls.put("MessagingService.markUnread(PoleId,MessageId)", () -> messaging.markUnread(ardeche, theirMessage));
        calls.put("MessagingService.search(PoleId,String)", () -> messaging.search(ardeche, "vélo"));
        calls.put("MessagingService.attachment(PoleId,AttachmentId)", () -> messaging.attachment(ardeche,
                new org.coopole.messaging.AttachmentId(UUID.randomUUID())));
        calls.put("MessagingService.reachable(PoleId)", () -> messaging.reachable(ardeche));
        calls.put("MessagingService.addToGroup(PoleId,ConversationId,PersonId)", () -> messaging.addToGroup(ardeche,
                theirConversation, lucie));
        calls.put("MessagingService.removeFromGroup(PoleId,ConversationId,PersonId)",
                () -> messaging.removeFromGroup(ardeche, theirConversation, lucie));
        calls.put("MessagingService.leave(PoleId,ConversationId)", () -> messaging.leave(ardeche, theirConversation));
        calls.put("MessagingService.report(PoleId,MessageId,AttachmentId,String)", () -> messaging.report(ardeche,
                theirMessage, null, "Injurieux"));
        calls.put("MessagingService.reports(PoleId)", () -> messaging.reports(ardeche));
        calls.put("MessagingService.hide(PoleId,ReportId)", () -> messaging.hide(ardeche,
                new org.coopole.messaging.ReportId(UUID.randomUUID())));
        var theirProject = new org.coopole.project.ProjectId(UUID.randomUUID());
        var projectData = new org.coopole.project.ProjectData("Projet", "", null, null, List.of(), epicerie, false);
        calls.put("ProjectService.list(PoleId,ProjectQuery)", () -> projects.list(ardeche,
                org.coopole.project.ProjectQuery.ALL));
        calls.put("ProjectService.page(PoleId,ProjectId)", () -> projects.page(ardeche, theirProject));
        calls.put("ProjectService.create(PoleId,ProjectData)", () -> projects.create(ardeche, projectData));
        calls.put("ProjectService.update(PoleId,ProjectId,int,ProjectData)", () -> projects.update(ardeche, theirProject, 0,
                projectData));
        calls.put("ProjectService.changeStatus(PoleId,ProjectId,ProjectStatus)", () -> projects.changeStatus(ardeche,
                theirProject, org.coopole.project.ProjectStatus.ACTIVE));
        calls.put("ProjectService.addPartner(PoleId,ProjectId,PartnerData)", () -> projects.addPartner(ardeche,
                theirProject, new org.coopole.project.PartnerData(epicerie, null, null, "financeur", null)));
        calls.put("ProjectService.changePartnerRole(PoleId,UUID,String,PersonId)", () -> projects.changePartnerRole(
                ardeche, UUID.randomUUID(), "financeur", null));
        calls.put("ProjectService.organisations(PoleId)", () -> projects.organisations(ardeche));
        calls.put("ProjectService.people(PoleId,OrganisationId)", () -> projects.people(ardeche, epicerie));
        calls.put("ProjectService.budget(PoleId,ProjectId)", () -> projects.budget(ardeche, theirProject));
        calls.put("ProjectService.addBudgetLine(PoleId,ProjectId,BudgetLineData)", () -> projects.addBudgetLine(ardeche,
                theirProject, new org.coopole.project.BudgetLineData(false, false, "Loyer", 100, null)));
        calls.put("ProjectService.removeBudgetLine(PoleId,UUID)", () -> projects.removeBudgetLine(ardeche,
                UUID.randomUUID()));
        calls.put("ProjectService.removePartner(PoleId,UUID)", () -> projects.removePartner(ardeche, UUID.randomUUID()));
        // a project's outcomes, milestones, hours, bookings, journal, sheet and conversation
        UUID anyId = UUID.randomUUID();
        // cost pools and statements
        var pool = new org.coopole.costs.PoolData("Loyer", org.coopole.costs.CostPeriod.YEAR, 100,
                Map.of(org.coopole.costs.CostKey.EQUAL, 100), List.of(), List.of(
                new org.coopole.costs.ShareData(epicerie, null, null, null)));
        java.time.LocalDate jan = java.time.LocalDate.of(2026, 1, 1);
        calls.put("InKindService.valuationRules(PoleId)", () -> inKind.valuationRules(ardeche));
        calls.put("InKindService.setValuation(PoleId,ResourceId,ValuationData)", () -> inKind.setValuation(ardeche, cold,
                new org.coopole.costs.ValuationData(org.coopole.costs.ValuationMethod.RATE, null, null, null,
                        org.coopole.costs.InKindCategory.FREE_USE, "")));
        calls.put("InKindService.statement(PoleId,OrganisationId,int)", () -> inKind.statement(ardeche, epicerie, 2026));
        calls.put("InKindService.statementFile(PoleId,OrganisationId,int,Locale,ExportFormat)",
                () -> inKind.statementFile(ardeche, epicerie, 2026, java.util.Locale.FRENCH,
                        org.coopole.common.report.ExportFormat.PDF));
        calls.put("InKindService.rules(PoleId)", () -> inKind.rules(ardeche));
        calls.put("FunderReportService.report(PoleId,LocalDate,LocalDate,Locale,ExportFormat)",
                () -> funderReport.report(ardeche, jan, jan.plusMonths(6), java.util.Locale.FRENCH,
                        org.coopole.common.report.ExportFormat.PDF));
        calls.put("FunderReportService.snapshotReport(PoleId,UUID,Locale,ExportFormat)",
                () -> funderReport.snapshotReport(ardeche, UUID.randomUUID(), java.util.Locale.FRENCH,
                        org.coopole.common.report.ExportFormat.XLSX));
        calls.put("IndicatorService.freeze(PoleId,LocalDate,LocalDate,String)", () -> indicators.freeze(ardeche,
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31), "Rapport"));
        calls.put("IndicatorService.snapshots(PoleId)", () -> indicators.snapshots(ardeche));
        calls.put("IndicatorService.snapshot(PoleId,UUID)", () -> indicators.snapshot(ardeche, UUID.randomUUID()));
        calls.put("IndicatorService.indicators(PoleId,LocalDate,LocalDate)", () -> indicators.indicators(ardeche,
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31)));
        calls.put("CostService.pools(PoleId)", () -> costs.pools(ardeche));
        calls.put("CostService.organisations(PoleId)", () -> costs.organisations(ardeche));
        calls.put("CostService.resources(PoleId,boolean)", () -> costs.resources(ardeche, true));
        calls.put("CostService.save(PoleId,UUID,int,boolean,PoolData)", () -> costs.save(ardeche, null, 0, true, pool));
        calls.put("CostService.remove(PoleId,UUID)", () -> costs.remove(ardeche, UUID.randomUUID()));
        calls.put("CostService.statement(PoleId,OrganisationId,LocalDate,LocalDate)", () -> costs.statement(ardeche,
                epicerie, jan, jan.plusMonths(1)));
        calls.put("CostService.statementFile(PoleId,OrganisationId,LocalDate,LocalDate,Locale,ExportFormat)",
                () -> costs.statementFile(ardeche, epicerie, jan, jan.plusMonths(1), java.util.Locale.FRENCH,
                        org.coopole.common.report.ExportFormat.XLSX));
        calls.put("CostService.shared(PoleId,LocalDate,LocalDate)", () -> costs.shared(ardeche, jan, jan.plusMonths(1)));
        calls.put("CostService.statements(PoleId,LocalDate,LocalDate)", () -> costs.statements(ardeche, jan,
                jan.plusMonths(1)));
        calls.put("ProjectActivityService.sections(PoleId,ProjectId)", () -> activity.sections(ardeche, theirProject));
        calls.put("ProjectActivityService.outcomeKinds(PoleId)", () -> activity.outcomeKinds(ardeche));
        calls.put("ProjectActivityService.addOutcomeKind(PoleId,String,OutcomeUnit)", () -> activity.addOutcomeKind(
                ardeche, "Repas", org.coopole.project.OutcomeUnit.COUNT));
        calls.put("ProjectActivityService.outcomes(PoleId,ProjectId)", () -> activity.outcomes(ardeche, theirProject));
        calls.put("ProjectActivityService.reportOutcome(PoleId,ProjectId,OutcomeData)", () -> activity.reportOutcome(
                ardeche, theirProject, new org.coopole.project.OutcomeData(anyId, epicerie,
                        org.coopole.project.OutcomeStage.ACHIEVED, java.math.BigDecimal.ONE, null, "")));
        calls.put("ProjectActivityService.removeOutcome(PoleId,UUID)", () -> activity.removeOutcome(ardeche, anyId));
        calls.put("ProjectActivityService.milestones(PoleId,ProjectId)", () -> activity.milestones(ardeche, theirProject));
        calls.put("ProjectActivityService.addMilestone(PoleId,ProjectId,String,LocalDate)", () -> activity.addMilestone(
                ardeche, theirProject, "Bilan", java.time.LocalDate.now()));
        calls.put("ProjectActivityService.markMilestone(PoleId,UUID,boolean)", () -> activity.markMilestone(ardeche,
                anyId, true));
        calls.put("ProjectActivityService.removeMilestone(PoleId,UUID)", () -> activity.removeMilestone(ardeche, anyId));
        calls.put("ProjectActivityService.hours(PoleId,ProjectId)", () -> activity.hours(ardeche, theirProject));
        calls.put("ProjectActivityService.addHours(PoleId,ProjectId,HoursData)", () -> activity.addHours(ardeche,
                theirProject, new org.coopole.project.HoursData(epicerie, java.time.LocalDate.now(), 60, "")));
        calls.put("ProjectActivityService.removeHours(PoleId,UUID)", () -> activity.removeHours(ardeche, anyId));
        calls.put("ProjectActivityService.used(PoleId,ProjectId)", () -> activity.used(ardeche, theirProject));
        calls.put("ProjectActivityService.bookableFor(PoleId)", () -> activity.bookableFor(ardeche));
        calls.put("ProjectActivityService.projectsUsing(PoleId,ResourceId)", () -> activity.projectsUsing(ardeche, cold));
        calls.put("ProjectActivityService.linkBooking(PoleId,BookingId,ProjectId)", () -> activity.linkBooking(ardeche,
                booking, theirProject));
        calls.put("ProjectJournalService.journal(PoleId,ProjectId)", () -> journal.journal(ardeche, theirProject));
        calls.put("ProjectJournalService.mayWrite(PoleId,ProjectId)", () -> journal.mayWrite(ardeche, theirProject));
        calls.put("ProjectJournalService.write(PoleId,ProjectId,JournalDraft)", () -> journal.write(ardeche,
                theirProject, new org.coopole.project.JournalDraft(null, "Bonjour", List.of())));
        calls.put("ProjectJournalService.edit(PoleId,UUID,LocalDate,String)", () -> journal.edit(ardeche, anyId, null,
                "Bonjour"));
        calls.put("ProjectJournalService.pin(PoleId,UUID,boolean)", () -> journal.pin(ardeche, anyId, true));
        calls.put("ProjectJournalService.file(PoleId,UUID)", () -> journal.file(ardeche, anyId));
        calls.put("ProjectSheetService.sheet(PoleId,ProjectId,Locale)", () -> sheets.sheet(ardeche, theirProject,
                java.util.Locale.FRENCH));
        calls.put("MessagingService.aboutProject(PoleId,ProjectId)", () -> messaging.aboutProject(ardeche, theirProject));
        calls.put("BookingService.book(PoleId,ResourceId,Instant,Instant,String,ProjectId)", () -> bookings.book(ardeche,
                cold, start, end, "", theirProject));
        calls.put("BookingService.bookSeries(PoleId,ResourceId,Instant,Instant,Repeat,int,String,ProjectId)",
                () -> bookings.bookSeries(ardeche, cold, start, end, org.coopole.booking.Repeat.WEEKLY, 2, "",
                        theirProject));
        calls.put("MessagingService.keep(PoleId,ReportId)", () -> messaging.keep(ardeche,
                new org.coopole.messaging.ReportId(UUID.randomUUID())));
        calls.put("NotificationService.digestTime(PoleId)", () -> notifications.digestTime(ardeche));
        calls.put("NotificationService.markRead(PoleId,Subject)", () -> notifications.markRead(ardeche,
                new org.coopole.notification.Subject(org.coopole.notification.SubjectKind.CONVERSATION, UUID.randomUUID())));
        calls.put("NotificationService.setDigestTime(PoleId,LocalTime)", () -> notifications.setDigestTime(ardeche,
                java.time.LocalTime.NOON));
        var quotaData = new org.coopole.booking.QuotaData(cold, null, null, org.coopole.booking.QuotaPeriod.WEEK, 3,
                null, null);
        calls.put("QuotaService.quotas(PoleId)", () -> quotas.quotas(ardeche));
        calls.put("QuotaService.organisations(PoleId)", () -> quotas.organisations(ardeche));
        calls.put("QuotaService.resources(PoleId)", () -> quotas.resources(ardeche));
        calls.put("QuotaService.maySetQuotas(PoleId)", () -> quotas.maySetQuotas(ardeche));
        calls.put("QuotaService.save(PoleId,UUID,QuotaData)", () -> quotas.save(ardeche, null, quotaData));
        calls.put("QuotaService.remove(PoleId,UUID)", () -> quotas.remove(ardeche, anyId));
        calls.put("QuotaService.topUp(PoleId,UUID,OrganisationId,int,long,String)", () -> quotas.topUp(ardeche, anyId,
                epicerie, 1, 0, ""));
        calls.put("QuotaService.myUse(PoleId)", () -> quotas.myUse(ardeche));
        calls.put("QuotaService.useAgainstQuotas(PoleId)", () -> quotas.useAgainstQuotas(ardeche));
        calls.put("QuotaService.preview(PoleId,ResourceId,List,ZoneId)", () -> quotas.preview(ardeche, cold,
                List.<Instant[]>of(new Instant[] {start, end}), java.time.ZoneOffset.UTC));
        calls.put("QuotaService.check(PoleId,ResourceId,Instant,Instant,ZoneId)", () -> quotas.check(ardeche, cold,
                start, end, java.time.ZoneOffset.UTC));
        calls.put("OrganisationService.memberNames(PoleId)", () -> organisations.memberNames(ardeche));
        calls.put("ResourceService.names(PoleId,OrganisationId)", () -> resources.names(ardeche, null));
        calls.put("WaitlistService.join(PoleId,ResourceId,Instant,Instant)", () -> waitlist.join(ardeche, cold, start,
                end));
        calls.put("WaitlistService.mine(PoleId)", () -> waitlist.mine(ardeche));
        calls.put("WaitlistService.accept(PoleId,UUID,String)", () -> waitlist.accept(ardeche, anyId, ""));
        calls.put("WaitlistService.pass(PoleId,UUID)", () -> waitlist.pass(ardeche, anyId));
        calls.put("WaitlistService.leave(PoleId,UUID)", () -> waitlist.leave(ardeche, anyId));
        calls.put("PublicationService.settings(PoleId)", () -> publication.settings(ardeche));
        calls.put("PublicationService.resources(PoleId)", () -> publication.resources(ardeche));
        calls.put("PublicationService.save(PoleId,PublicationSettings)", () -> publication.save(ardeche,
                new org.coopole.api.PublicationSettings(true, true, true, Set.of())));
        calls.put("PersonalDataService.requestErasure(PoleId)", () -> personalData.requestErasure(ardeche));
        calls.put("PersonalDataService.erasureRequested(PoleId)", () -> personalData.erasureRequested(ardeche));
        calls.put("PersonalDataService.withdrawErasure(PoleId)", () -> personalData.withdrawErasure(ardeche));
        calls.put("PersonalDataService.erasureRequests(PoleId)", () -> personalData.erasureRequests(ardeche));
        calls.put("PersonalDataService.confirmErasure(PoleId,UUID)", () -> personalData.confirmErasure(ardeche,
                anyId));
        calls.put("PersonalDataService.retention(PoleId)", () -> personalData.retention(ardeche));
        calls.put("PersonalDataService.setRetention(PoleId,Retention)", () -> personalData.setRetention(ardeche,
                new org.coopole.privacy.Retention(null, null, null)));
        return calls;
    }

    @Test
    void askingForAnotherPolesOrganisationThroughOnesOwnPoleFindsNothingAndIsAudited() {
        AuditQuery refusals = new AuditQuery(AuditAction.REFUSED, "OrganisationService.page", null, null, 0, 500);
        int before = audit.count(vallee, refusals);

        assertThat(organisations.page(vallee, epicerie)).isEmpty();

        assertThat(audit.count(vallee, refusals)).isEqualTo(before + 1);
    }
}

package org.coopole;

import org.coopole.audit.AuditAction;
import org.coopole.audit.AuditQuery;
import org.coopole.audit.AuditTrail;
import org.coopole.booking.BookingService;
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
import org.coopole.resource.ResourceData;
import org.coopole.resource.ResourceKind;
import org.coopole.resource.ResourceService;
import org.coopole.resource.ResourceStatus;
import org.coopole.security.AccountService;
import org.coopole.security.PoleRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.RESOURCE;

/**
 * The first wall, method by method: the animator and manager of pole A (Vallée Coopère) calls every service method
 * that takes a pole with pole B's (Ardèche Solidaire) id and B's rows. Each call is refused, and each refusal is in
 * A's audit trail. (The database's own wall is {@code RowLevelSecurityTest}.)
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
    SignIn signIn;
    @Autowired
    Owner owner;

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

    @Test
    void everyServiceMethodRefusesAnotherPolesDataAndTheRefusalIsAudited() {
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("PoleService.profile", () -> poles.profile(ardeche));
        calls.put("PoleService.updateProfile", () -> poles.updateProfile(ardeche, new PoleData("x", "", "", "")));
        calls.put("OrganisationService.directory", () -> organisations.directory(ardeche, DirectoryQuery.all(10)));
        calls.put("OrganisationService.count", () -> organisations.count(ardeche, DirectoryQuery.all(10)));
        calls.put("OrganisationService.tags", () -> organisations.tags(ardeche));
        calls.put("OrganisationService.page", () -> organisations.page(ardeche, epicerie));
        calls.put("OrganisationService.editableProfile", () -> organisations.editableProfile(ardeche));
        calls.put("OrganisationService.updateProfile", () -> organisations.updateProfile(ardeche,
                new OrganisationData("x", LegalForm.OTHER, false, null, "", null, "", "", List.of())));
        calls.put("OrganisationService.setManager", () -> organisations.setManager(ardeche, lucie, false));
        calls.put("OrganisationService.deactivate", () -> organisations.deactivate(ardeche, lucie));
        calls.put("InvitationService.invite", () -> invitations.invite(ardeche,
                new InvitationData("A", "B", "a.b@x.example", PoleRole.MEMBER)));
        calls.put("MembershipService.members", () -> memberships.members(ardeche));
        calls.put("MembershipService.decreeMix", () -> memberships.decreeMix(ardeche));
        calls.put("MembershipService.admit", () -> memberships.admit(ardeche,
                new NewMember("X", LegalForm.OTHER, false, "A", "B", "a.b@x.example")));
        calls.put("MembershipService.acceptRequest", () -> memberships.acceptRequest(ardeche, epicerie));
        calls.put("MembershipService.end", () -> memberships.end(ardeche, epicerie));
        calls.put("MembershipService.people", () -> memberships.people(ardeche));
        calls.put("MembershipService.setAnimator", () -> memberships.setAnimator(ardeche, lucie, false));
        calls.put("MembershipService.joinablePoles", () -> memberships.joinablePoles(ardeche));
        calls.put("MembershipService.requestToJoin", () -> memberships.requestToJoin(ardeche, vallee));
        calls.put("AuditTrail.search", () -> audit.search(ardeche, AuditQuery.latest(10)));
        calls.put("AuditTrail.count", () -> audit.count(ardeche, AuditQuery.latest(10)));
        calls.put("AccountService.switchPole", () -> accounts.switchPole(ardeche));
        ResourceId cold = owner.db().select(RESOURCE.ID).from(RESOURCE).where(RESOURCE.NAME.eq("Chambre froide"))
                .fetchOne(RESOURCE.ID);
        Instant start = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.DAYS);
        Instant end = start.plus(Duration.ofDays(1));
        BookingId booking = new BookingId(UUID.randomUUID());
        calls.put("ResourceService.catalogue", () -> resources.catalogue(ardeche, CatalogueQuery.all()));
        calls.put("ResourceService.resource", () -> resources.resource(ardeche, cold));
        calls.put("ResourceService.bookingRules", () -> resources.bookingRules(ardeche, cold));
        calls.put("ResourceService.timeZone", () -> resources.timeZone(ardeche));
        calls.put("ResourceService.ofMyOrganisation", () -> resources.ofMyOrganisation(ardeche));
        calls.put("ResourceService.share", () -> resources.share(ardeche,
                new ResourceData(ResourceKind.EQUIPMENT, "x", "", false)));
        calls.put("ResourceService.save", () -> resources.save(ardeche, cold, null));
        calls.put("ResourceService.setPolicy", () -> resources.setPolicy(ardeche, cold, BookingPolicy.DEFAULT));
        calls.put("ResourceService.setStatus", () -> resources.setStatus(ardeche, cold, ResourceStatus.PAUSED));
        calls.put("ResourceService.setOpeningHours", () -> resources.setOpeningHours(ardeche, cold, List.of()));
        calls.put("ResourceService.setClosures", () -> resources.setClosures(ardeche, cold, List.of()));
        calls.put("ResourceService.shareIn", () -> resources.shareIn(ardeche, cold, Set.of(vallee)));
        calls.put("ResourceService.photo", () -> resources.photo(ardeche, cold, 1, true));
        calls.put("BookingService.book", () -> bookings.book(ardeche, cold, start, end, ""));
        calls.put("BookingService.preview", () -> bookings.preview(ardeche, cold, start, end, Repeat.WEEKLY, 3));
        calls.put("BookingService.bookSeries", () -> bookings.bookSeries(ardeche, cold, start, end, Repeat.WEEKLY, 3, ""));
        calls.put("BookingService.busy", () -> bookings.busy(ardeche, cold, start, end));
        calls.put("BookingService.mine", () -> bookings.mine(ardeche, true, true, 0, 10));
        calls.put("BookingService.requestsToDecide", () -> bookings.requestsToDecide(ardeche));
        calls.put("BookingService.confirm", () -> bookings.confirm(ardeche, booking));
        calls.put("BookingService.cancel", () -> bookings.cancel(ardeche, booking));
        calls.put("CalendarFeedService.create", () -> feeds.create(ardeche, cold));
        calls.put("NotificationService.latest", () -> notifications.latest(ardeche, 10));

        AuditQuery refusals = new AuditQuery(AuditAction.REFUSED, "Camille", null, null, 0, 500);
        int before = audit.count(vallee, refusals);
        calls.forEach((name, call) -> assertThatThrownBy(call::run).as(name).isInstanceOf(AccessDeniedException.class));
        List<String> audited = audit.search(vallee, refusals).stream().map(e -> e.target()).toList();

        assertThat(audit.count(vallee, refusals) - before).isEqualTo(calls.size());
        calls.keySet().forEach(name -> assertThat(audited).as(name).contains(name));
    }

    @Test
    void askingForAnotherPolesOrganisationThroughOnesOwnPoleFindsNothingAndIsAudited() {
        AuditQuery refusals = new AuditQuery(AuditAction.REFUSED, "OrganisationService.page", null, null, 0, 500);
        int before = audit.count(vallee, refusals);

        assertThat(organisations.page(vallee, epicerie)).isEmpty();

        assertThat(audit.count(vallee, refusals)).isEqualTo(before + 1);
    }
}

package org.coopole.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.coopole.api.PublicCatalogueService;
import org.coopole.api.PublicPole;
import org.coopole.api.PublicResource;
import org.coopole.booking.BookingService;
import org.coopole.booking.BookingStatus;
import org.coopole.booking.MyBooking;
import org.coopole.common.OrganisationId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.resource.ResourceKind;
import org.coopole.security.Account;
import org.coopole.security.AccountService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Coopole's JSON API, version 1. The public catalogue and its free/busy periods need no key; a member's own bookings
 * and booking need a personal token ({@code Authorization: Bearer cpl_…}, made on the profile page), read or
 * read-write, and act as that person in their current pole, through the same services as the screens. Lists come in
 * pages ({@code page} from 0, {@code size} up to 100); every answer carries an ETag, and a repeated GET with
 * {@code If-None-Match} gets 304 when nothing changed.
 */
@RestController
@RequestMapping("/api/v1")
class ApiV1Controller {

    static final int MAX_PAGE_SIZE = 100;

    private final PublicCatalogueService catalogue;
    private final BookingService bookings;
    private final AccountService accounts;

    ApiV1Controller(PublicCatalogueService catalogue, BookingService bookings, AccountService accounts) {
        this.catalogue = catalogue;
        this.bookings = bookings;
        this.accounts = accounts;
    }

    /** A page of items, and whether another follows. */
    record Page<T>(List<T> items, int page, int size, boolean hasMore) {
    }

    record Pole(UUID id, String name, boolean showsRates, boolean showsBusy, String timeZone) {
    }

    record Period(Instant start, Instant end) {
    }

    record Me(UUID id, String firstName, String lastName, String organisation, UUID poleId) {
    }

    record Booking(UUID id, UUID resourceId, String resourceName, String owner, Instant start, Instant end,
                   BookingStatus status, String purpose) {
    }

    record NewBooking(UUID resourceId, Instant start, Instant end, String purpose) {
    }

    /** A published resource; its rate only when the pole shows rates. */
    record Resource(UUID id, String name, ResourceKind kind, UUID organisationId, String organisationName,
                    String description, String location, Integer capacity, org.coopole.resource.RateUnit rateUnit,
                    Integer rateCents, boolean approvalRequired) {

        static Resource of(PublicResource r) {
            return new Resource(r.id().value(), r.name(), r.kind(), r.organisationId().value(), r.organisationName(),
                    r.description(), r.location(), r.capacity(), r.rateUnit(), r.rateCents(), r.approvalRequired());
        }
    }

    record Made(BookingStatus status) {
    }

    @Tag(name = "Public catalogue")
    @Operation(summary = "A pole whose catalogue is published", description = "404 when it is not published.")
    @GetMapping("/public/poles/{poleId}")
    Pole pole(@PathVariable UUID poleId) {
        PublicPole pole = catalogue.pole(new PoleId(poleId));
        return new Pole(poleId, pole.name(), pole.showRates(), pole.showBusy(), pole.zone().getId());
    }

    @Tag(name = "Public catalogue")
    @Operation(summary = "The published resources of a pole",
            description = "Never who booked nor why. Rates only when the pole shows them.")
    @GetMapping("/public/poles/{poleId}/resources")
    Page<Resource> resources(@PathVariable UUID poleId,
                                   @Parameter(description = "PREMISES, EQUIPMENT, VEHICLE or STAFF")
                                   @RequestParam(required = false) ResourceKind kind,
                                   @RequestParam(required = false) UUID organisation,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size) {
        List<PublicResource> all = catalogue.catalogue(new PoleId(poleId), kind,
                organisation == null ? null : new OrganisationId(organisation));
        int pageSize = pageSize(size);
        int from = (int) Math.min((long) Math.max(page, 0) * pageSize, all.size());
        int to = Math.min(from + pageSize, all.size());
        return new Page<>(all.subList(from, to).stream().map(Resource::of).toList(), Math.max(page, 0), pageSize,
                to < all.size());
    }

    @Tag(name = "Public catalogue")
    @Operation(summary = "When a published resource is taken", description = "Periods only, within [from, to) of at "
            + "most 62 days; 404 unless the pole shows free/busy periods.")
    @GetMapping("/public/poles/{poleId}/resources/{resourceId}/busy")
    List<Period> busy(@PathVariable UUID poleId, @PathVariable UUID resourceId, @RequestParam Instant from,
                      @RequestParam Instant to) {
        return catalogue.busy(new PoleId(poleId), new ResourceId(resourceId), from, to).stream()
                .map(p -> new Period(p[0], p[1])).toList();
    }

    @Tag(name = "Members")
    @Operation(summary = "The token's person and their current pole", security = @SecurityRequirement(name = "token"))
    @GetMapping("/me")
    Me me() {
        Account me = accounts.me();
        return new Me(me.id().value(), me.firstName(), me.lastName(), me.organisationName(),
                me.currentPoleId() == null ? null : me.currentPoleId().value());
    }

    @Tag(name = "Members")
    @Operation(summary = "The bookings the token's person made in their current pole",
            security = @SecurityRequirement(name = "token"))
    @GetMapping("/me/bookings")
    Page<Booking> myBookings(@RequestParam(defaultValue = "true") boolean upcoming,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size) {
        PoleId pole = currentPole();
        int pageSize = pageSize(size);
        int offset = (int) Math.min((long) Math.max(page, 0) * pageSize, Integer.MAX_VALUE - MAX_PAGE_SIZE - 1);
        List<MyBooking> found = bookings.mine(pole, false, upcoming, offset, pageSize + 1);
        List<Booking> items = found.stream().limit(pageSize)
                .map(b -> new Booking(b.id().value(), b.resourceId().value(), b.resourceName(), b.ownerName(),
                        b.start(), b.end(), b.status(), b.purpose()))
                .toList();
        return new Page<>(items, Math.max(page, 0), pageSize, found.size() > pageSize);
    }

    @Tag(name = "Members")
    @Operation(summary = "Books a resource of the person's current pole, under every rule of the screens",
            description = "Needs a read-write token. 201 with the booking's status (CONFIRMED, or REQUESTED when the "
                    + "owner approves first); 409 when the slot is taken; 422 with the rule broken; 404 for a "
                    + "resource that is not shared in the pole.",
            security = @SecurityRequirement(name = "token"))
    @PostMapping("/me/bookings")
    ResponseEntity<Made> book(@RequestBody NewBooking wanted) {
        if (wanted == null || wanted.resourceId() == null) {
            throw new org.coopole.common.InvalidField("resourceId", "validation.required");
        }
        BookingStatus status = bookings.book(currentPole(), new ResourceId(wanted.resourceId()), wanted.start(),
                wanted.end(), wanted.purpose());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Made(status));
    }

    private PoleId currentPole() {
        PoleId pole = accounts.me().currentPoleId();
        if (pole == null) {
            throw new AccessDeniedException("a person of no pole");
        }
        return pole;
    }

    private static int pageSize(int size) {
        return Math.clamp(size, 1, MAX_PAGE_SIZE);
    }
}

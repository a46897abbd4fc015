package org.coopole.api.internal;

import org.coopole.api.ApiScope;
import org.coopole.api.ApiToken;
import org.coopole.api.PublicPole;
import org.coopole.api.PublicResource;
import org.coopole.api.PublicationSettings;
import org.coopole.api.TokenHolder;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.resource.RateUnit;
import org.coopole.resource.ResourceKind;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.coopole.db.Tables.API_TOKEN;
import static org.coopole.db.Tables.POLE;
import static org.coopole.db.Tables.PUBLIC_CATALOGUE_RESOURCE;

/**
 * Public catalogues (read through definer functions: their readers are nobody), their settings (the pole's
 * animators, under row security) and personal API tokens (their person's, under row security; looked up by hash).
 */
@Repository
public class ApiRepository {

    private final DSLContext db;

    ApiRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<PublicPole> publicPole(PoleId poleId) {
        return db.selectFrom(org.coopole.db.Routines.publicPole(poleId.value())).fetchOptional(r ->
                new PublicPole(r.getName(), r.getShowRates(), r.getShowBusy(), ZoneId.of(r.getTimeZone())));
    }

    public List<PublicResource> publicCatalogue(PoleId poleId) {
        return db.selectFrom(org.coopole.db.Routines.publicCatalogue(poleId.value())).fetch(r ->
                new PublicResource(r.getResourceId(), r.getName(), ResourceKind.valueOf(r.getKind()),
                        r.getOrganisationId(), r.getOrganisationName(), r.getDescription(), r.getLocation(),
                        r.getCapacity(), r.getRateUnit() == null ? null : RateUnit.valueOf(r.getRateUnit()),
                        r.getRateCents(), Boolean.TRUE.equals(r.getApprovalRequired())));
    }

    /** When the published resource ({@code null}: each published resource) is taken, by resource. */
    public Map<ResourceId, List<Instant[]>> publicBusy(PoleId poleId, ResourceId resourceId, Instant from,
                                                       Instant to) {
        Map<ResourceId, List<Instant[]>> busy = new LinkedHashMap<>();
        db.selectFrom(org.coopole.db.Routines.publicBusy(poleId.value(),
                        resourceId == null ? null : resourceId.value(), utc(from), utc(to)))
                .forEach(r -> busy.computeIfAbsent(r.getResourceId(), k -> new ArrayList<>())
                        .add(new Instant[] {r.getStartsAt().toInstant(), r.getEndsAt().toInstant()}));
        return busy;
    }

    public PublicationSettings settings(PoleId poleId) {
        var pole = db.select(POLE.PUBLIC_CATALOGUE, POLE.PUBLIC_SHOW_RATES, POLE.PUBLIC_SHOW_BUSY).from(POLE)
                .where(POLE.ID.eq(poleId)).fetchOne();
        Set<ResourceId> chosen = new HashSet<>(db.select(PUBLIC_CATALOGUE_RESOURCE.RESOURCE_ID)
                .from(PUBLIC_CATALOGUE_RESOURCE).where(PUBLIC_CATALOGUE_RESOURCE.POLE_ID.eq(poleId))
                .fetch(PUBLIC_CATALOGUE_RESOURCE.RESOURCE_ID));
        return new PublicationSettings(pole.value1(), pole.value2(), pole.value3(), chosen);
    }

    /** Saves the settings; false when the acting person may not (not an animator of the pole). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean save(PoleId poleId, PublicationSettings settings) {
        if (db.update(POLE)
                .set(POLE.PUBLIC_CATALOGUE, settings.published())
                .set(POLE.PUBLIC_SHOW_RATES, settings.showRates())
                .set(POLE.PUBLIC_SHOW_BUSY, settings.showBusy())
                .where(POLE.ID.eq(poleId))
                .execute() != 1) {
            return false;
        }
        db.deleteFrom(PUBLIC_CATALOGUE_RESOURCE).where(PUBLIC_CATALOGUE_RESOURCE.POLE_ID.eq(poleId)).execute();
        for (ResourceId resource : settings.resources()) {
            db.insertInto(PUBLIC_CATALOGUE_RESOURCE)
                    .set(PUBLIC_CATALOGUE_RESOURCE.POLE_ID, poleId)
                    .set(PUBLIC_CATALOGUE_RESOURCE.RESOURCE_ID, resource)
                    .execute();
        }
        return true;
    }

    // ---- tokens --------------------------------------------------------------------------------------------------

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID createToken(PersonId person, String name, String hash, ApiScope scope) {
        return db.insertInto(API_TOKEN)
                .set(API_TOKEN.PERSON_ID, person)
                .set(API_TOKEN.NAME, name)
                .set(API_TOKEN.TOKEN_HASH, hash)
                .set(API_TOKEN.SCOPE, scope.name())
                .returning(API_TOKEN.ID)
                .fetchOne(API_TOKEN.ID);
    }

    public List<ApiToken> tokens(PersonId person) {
        return db.select(API_TOKEN.ID, API_TOKEN.NAME, API_TOKEN.SCOPE, API_TOKEN.CREATED_AT, API_TOKEN.LAST_USED_AT,
                        API_TOKEN.REVOKED_AT)
                .from(API_TOKEN).where(API_TOKEN.PERSON_ID.eq(person))
                .orderBy(API_TOKEN.REVOKED_AT.isNull().desc(), API_TOKEN.CREATED_AT.desc())
                .fetch(r -> new ApiToken(r.value1(), r.value2(), ApiScope.valueOf(r.value3()),
                        r.value4().toInstant(), r.value5() == null ? null : r.value5().toInstant(),
                        r.value6() == null ? null : r.value6().toInstant()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean revoke(PersonId person, UUID token) {
        return db.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .where(API_TOKEN.ID.eq(token), API_TOKEN.PERSON_ID.eq(person), API_TOKEN.REVOKED_AT.isNull())
                .execute() == 1;
    }

    /** Who a token's hash speaks for, if it is valid; notes that it was used. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<TokenHolder> holder(String hash) {
        return db.selectFrom(org.coopole.db.Routines.apiTokenHolder(hash))
                .fetchOptional(r -> new TokenHolder(r.getPersonId(), ApiScope.valueOf(r.getScope())));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

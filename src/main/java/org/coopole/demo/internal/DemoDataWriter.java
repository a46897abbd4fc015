package org.coopole.demo.internal;

import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.common.Siret;
import org.coopole.demo.DemoData;
import org.coopole.pole.MembershipStatus;
import org.coopole.resource.Photo;
import org.coopole.resource.ResourceKind;
import org.coopole.security.PoleRole;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.security.crypto.password.PasswordEncoder;
import javax.sql.DataSource;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.coopole.db.Tables.MEMBERSHIP;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.PLATFORM_ADMIN;
import static org.coopole.db.Tables.POLE;
import static org.coopole.db.Tables.POLE_ROLE;
import static org.coopole.db.Tables.RESOURCE;
import static org.coopole.db.Tables.RESOURCE_OPENING;
import static org.coopole.db.Tables.RESOURCE_PHOTO;
import static org.coopole.db.Tables.RESOURCE_POLE;

/** Writes the demo poles as the owner role (at start-up, or in a test through the owner's connections). */
public class DemoDataWriter {

    private static final LocalDate FOUNDED = LocalDate.of(2013, 6, 14);

    private final DSLContext owner;
    private final PasswordEncoder passwords;

    /** Writes as the owner role: provisioning, like the migrations, is not subject to a pole's row security. */
    public DemoDataWriter(DataSource owner, PasswordEncoder passwords) {
        this.owner = DSL.using(owner, SQLDialect.POSTGRES);
        this.passwords = passwords;
    }

    public boolean isDatabaseEmpty() {
        return !owner.fetchExists(POLE) && !owner.fetchExists(PERSON) && !owner.fetchExists(ORGANISATION);
    }

    /** Writes every demo row in one transaction of the owner's connection. */
    public Counts write() {
        return owner.transactionResult(transaction -> write(transaction.dsl()));
    }

    private Counts write(DSLContext db) {
        Map<String, PoleId> poles = new HashMap<>();
        for (DemoData.PoleSeed pole : DemoData.POLES) {
            poles.put(pole.name(), db.insertInto(POLE)
                    .set(POLE.NAME, pole.name())
                    .set(POLE.TERRITORY, pole.territory())
                    .set(POLE.DESCRIPTION, pole.description())
                    .set(POLE.CREATED_ON, FOUNDED)
                    .returning(POLE.ID).fetchOne(POLE.ID));
        }
        Map<String, OrganisationId> organisations = new HashMap<>();
        Map<String, List<String>> polesOf = new HashMap<>();
        int n = 0;
        for (DemoData.OrganisationSeed organisation : DemoData.ORGANISATIONS) {
            OrganisationId id = db.insertInto(ORGANISATION)
                    .set(ORGANISATION.NAME, organisation.name())
                    .set(ORGANISATION.LEGAL_FORM, organisation.legalForm())
                    .set(ORGANISATION.ESS, organisation.ess())
                    .set(ORGANISATION.SIRET, demoSiret(++n))
                    .set(ORGANISATION.ADDRESS, organisation.address())
                    .set(ORGANISATION.DESCRIPTION, organisation.description())
                    .set(ORGANISATION.TAGS, organisation.tags().toArray(String[]::new))
                    .set(ORGANISATION.CONTACT_EMAIL, "contact@" + slug(organisation.name()) + ".example")
                    .set(ORGANISATION.PHONE, "04 75 %02d %02d %02d".formatted(10 + n, 20 + n, 30 + n))
                    .returning(ORGANISATION.ID).fetchOne(ORGANISATION.ID);
            organisations.put(organisation.name(), id);
            polesOf.put(organisation.name(), organisation.poles());
            for (String pole : organisation.poles()) {
                db.insertInto(MEMBERSHIP)
                        .set(MEMBERSHIP.POLE_ID, poles.get(pole))
                        .set(MEMBERSHIP.ORGANISATION_ID, id)
                        .set(MEMBERSHIP.STATUS, MembershipStatus.ACTIVE)
                        .set(MEMBERSHIP.JOINED_ON, FOUNDED.plusDays(n * 30L))
                        .execute();
            }
        }
        for (DemoData.PersonSeed person : DemoData.PEOPLE) {
            List<String> personPoles = polesOf.get(person.organisation());
            PersonId id = insertPerson(db, person, organisations.get(person.organisation()),
                    poles.get(personPoles.getFirst()));
            for (String pole : personPoles) {
                for (PoleRole role : person.roles()) {
                    db.insertInto(POLE_ROLE)
                            .set(POLE_ROLE.POLE_ID, poles.get(pole))
                            .set(POLE_ROLE.PERSON_ID, id)
                            .set(POLE_ROLE.ROLE, role)
                            .execute();
                }
            }
        }
        for (DemoData.ResourceSeed resource : DemoData.RESOURCES) {
            insertResource(db, resource, organisations.get(resource.organisation()), poles);
        }
        PersonId admin = insertPerson(db, DemoData.PLATFORM_ADMIN, null, null);
        db.insertInto(PLATFORM_ADMIN).set(PLATFORM_ADMIN.PERSON_ID, admin).execute();
        return new Counts(poles.size(), organisations.size(), DemoData.PEOPLE.size() + 1);
    }

    private PersonId insertPerson(DSLContext db, DemoData.PersonSeed person, OrganisationId organisation,
                                  PoleId currentPole) {
        return db.insertInto(PERSON)
                .set(PERSON.FIRST_NAME, person.firstName())
                .set(PERSON.LAST_NAME, person.lastName())
                .set(PERSON.EMAIL, person.email())
                .set(PERSON.ORGANISATION_ID, organisation)
                .set(PERSON.CURRENT_POLE_ID, currentPole)
                .set(PERSON.PASSWORD_HASH, passwords.encode(DemoData.PASSWORD))
                .returning(PERSON.ID).fetchOne(PERSON.ID);
    }

    private static void insertResource(DSLContext db, DemoData.ResourceSeed seed, OrganisationId organisation,
                                       Map<String, PoleId> poles) {
        ResourceId id = db.insertInto(RESOURCE)
                .set(RESOURCE.ORGANISATION_ID, organisation)
                .set(RESOURCE.KIND, seed.kind())
                .set(RESOURCE.NAME, seed.name())
                .set(RESOURCE.DESCRIPTION, seed.description())
                .set(RESOURCE.APPROVAL_REQUIRED, seed.approvalRequired())
                .set(RESOURCE.LOCATION, seed.location())
                .set(RESOURCE.CAPACITY, seed.capacity())
                .set(RESOURCE.TAGS, seed.tags().toArray(String[]::new))
                .set(RESOURCE.RATE_UNIT, seed.rateUnit())
                .set(RESOURCE.RATE_CENTS, seed.rateCents())
                .set(RESOURCE.BOOKING_UNIT, seed.unit())
                .set(RESOURCE.MIN_MINUTES, seed.unit().minutes())
                .set(RESOURCE.SKILLS, seed.kind() == ResourceKind.STAFF
                        ? new String[] {"thermique", "audit énergétique", "aides à la rénovation"} : new String[0])
                .set(RESOURCE.WEEKLY_CAP_MINUTES, seed.kind() == ResourceKind.STAFF ? 7 * 60 : null)
                .returning(RESOURCE.ID).fetchOne(RESOURCE.ID);
        for (String pole : seed.poles()) {
            db.insertInto(RESOURCE_POLE).set(RESOURCE_POLE.RESOURCE_ID, id)
                    .set(RESOURCE_POLE.POLE_ID, poles.get(pole)).execute();
        }
        if (seed.officeHours()) {
            for (int weekday = 1; weekday <= 5; weekday++) {
                db.insertInto(RESOURCE_OPENING).set(RESOURCE_OPENING.RESOURCE_ID, id)
                        .set(RESOURCE_OPENING.WEEKDAY, (short) weekday)
                        .set(RESOURCE_OPENING.OPENS, LocalTime.of(9, 0))
                        .set(RESOURCE_OPENING.CLOSES, LocalTime.of(18, 0)).execute();
            }
        }
        Photo.Prepared photo = Photo.of(DemoPhotos.of(seed.kind(), seed.name()));
        db.insertInto(RESOURCE_PHOTO).set(RESOURCE_PHOTO.RESOURCE_ID, id).set(RESOURCE_PHOTO.POSITION, (short) 1)
                .set(RESOURCE_PHOTO.CONTENT_TYPE, photo.photo().contentType()).set(RESOURCE_PHOTO.BYTES, photo.photo().bytes())
                .set(RESOURCE_PHOTO.THUMBNAIL, photo.thumbnail()).execute();
    }

    /** A made-up SIRET (999 followed by the organisation's rank) that passes the checksum. */
    private static String demoSiret(int rank) {
        String thirteen = "999%010d".formatted(rank);
        return thirteen + Siret.checkDigitFor(thirteen);
    }

    private static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public record Counts(int poles, int organisations, int people) {
    }
}

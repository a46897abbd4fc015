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
import java.util.UUID;

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
        Map<String, PersonId> people = new HashMap<>();
        Map<String, OrganisationId> organisationOf = new HashMap<>();
        for (DemoData.PersonSeed person : DemoData.PEOPLE) {
            List<String> personPoles = polesOf.get(person.organisation());
            PersonId id = insertPerson(db, person, organisations.get(person.organisation()),
                    poles.get(personPoles.getFirst()));
            people.put(person.email(), id);
            organisationOf.put(person.email(), organisations.get(person.organisation()));
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
        Map<String, ResourceId> resources = new HashMap<>();
        for (DemoData.ResourceSeed resource : DemoData.RESOURCES) {
            resources.put(resource.name(), insertResource(db, resource, organisations.get(resource.organisation()), poles));
        }
        new Bookings(db, poles.get(DemoData.VALLEE), people, organisationOf, resources).write();
        var projectIds = projects(db, poles.get(DemoData.VALLEE), organisations, people);
        projectActivity(db, projectIds, organisations, people);
        costPools(db, poles.get(DemoData.VALLEE), organisations, resources);
        PersonId admin = insertPerson(db, DemoData.PLATFORM_ADMIN, null, null);
        db.insertInto(PLATFORM_ADMIN).set(PLATFORM_ADMIN.PERSON_ID, admin).execute();
        return new Counts(poles.size(), organisations.size(), DemoData.PEOPLE.size() + 1);
    }

    /** Four joint projects of the Vallée pole, in different statuses, with member and outside partners. */
    private static Map<String, org.coopole.project.ProjectId> projects(DSLContext db, PoleId pole,
                                                                      Map<String, OrganisationId> organisations,
                                                                      Map<String, PersonId> people) {
        Map<String, org.coopole.project.ProjectId> ids = new HashMap<>();
        PersonId camille = people.get("camille.martin@lafabrique.example");
        record Partner(String organisation, String outside, String kind, String role, String contact) {
        }
        record Seed(String title, String summary, String status, LocalDate from, LocalDate to, List<String> themes,
                    String lead, List<Partner> partners) {
        }
        List<Seed> seeds = List.of(
                new Seed("Atelier de réparation partagé", "Un atelier ouvert deux samedis par mois à La Fabrique : "
                        + "vélos avec l'Atelier Vélo, petit électroménager avec la Ressourcerie.", "ACTIVE",
                        LocalDate.of(2026, 3, 1), LocalDate.of(2027, 6, 30), List.of("réemploi", "mobilité"),
                        "Tiers-Lieu La Fabrique", List.of(
                        new Partner("La Ressourcerie du Val", null, null, "opérateur", "nadia.benali@ressourcerie-val.example"),
                        new Partner("Atelier Vélo Solidaire", null, null, "opérateur", "ines.roux@atelier-velo.example"),
                        new Partner(null, "Région Auvergne-Rhône-Alpes", "REGION", "financeur", null))),
                new Seed("Groupement d'achat de matériaux biosourcés", "Commandes groupées de chanvre et de fibre de bois "
                        + "pour les chantiers des adhérents.", "PLANNED", LocalDate.of(2027, 1, 15), null,
                        List.of("bâtiment", "achats groupés"), "Coop'Bâtir", List.of(
                        new Partner("Menuiserie Durand", null, null, "acheteur", "marc.durand@menuiserie-durand.example"),
                        new Partner("Énergies Citoyennes du Val", null, null, "conseil", "thomas.girard@energies-val.example"))),
                new Seed("Formation au numérique pour les bénévoles", "Six demi-journées de formation dans la salle "
                        + "des Tilleuls.", "COMPLETED", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 2, 28),
                        List.of("formation", "numérique"), "Institut de Formation Rurale", List.of(
                        new Partner("Tiers-Lieu La Fabrique", null, null, "accueil des participants", "camille.martin@lafabrique.example"),
                        new Partner(null, "Fondation pour le lien social", "FOUNDATION", "financeur", null))),
                new Seed("Emploi partagé de coordinateur logistique", "Un poste à temps plein partagé entre trois "
                        + "structures pour les tournées du camion.", "IDEA", null, null, List.of("emploi", "logistique"),
                        "La Ressourcerie du Val", List.of(
                        new Partner("Transports Rivière", null, null, "co-employeur", "julie.riviere@transports-riviere.example"))));
        for (Seed seed : seeds) {
            var id = db.insertInto(org.coopole.db.Tables.PROJECT)
                    .set(org.coopole.db.Tables.PROJECT.POLE_ID, pole)
                    .set(org.coopole.db.Tables.PROJECT.TITLE, seed.title())
                    .set(org.coopole.db.Tables.PROJECT.SUMMARY, seed.summary())
                    .set(org.coopole.db.Tables.PROJECT.STATUS, org.coopole.project.ProjectStatus.valueOf(seed.status()))
                    .set(org.coopole.db.Tables.PROJECT.STARTS_ON, seed.from())
                    .set(org.coopole.db.Tables.PROJECT.ENDS_ON, seed.to())
                    .set(org.coopole.db.Tables.PROJECT.THEMES, seed.themes().toArray(String[]::new))
                    .set(org.coopole.db.Tables.PROJECT.LEAD_ORGANISATION_ID, organisations.get(seed.lead()))
                    .set(org.coopole.db.Tables.PROJECT.CREATED_BY_PERSON_ID, camille)
                    .returning(org.coopole.db.Tables.PROJECT.ID).fetchOne(org.coopole.db.Tables.PROJECT.ID);
            ids.put(seed.title(), id);
            db.insertInto(org.coopole.db.Tables.PROJECT_STATUS_CHANGE)
                    .set(org.coopole.db.Tables.PROJECT_STATUS_CHANGE.PROJECT_ID, id)
                    .set(org.coopole.db.Tables.PROJECT_STATUS_CHANGE.STATUS, org.coopole.project.ProjectStatus.valueOf(seed.status()))
                    .set(org.coopole.db.Tables.PROJECT_STATUS_CHANGE.CHANGED_BY_PERSON_ID, camille)
                    .execute();
            for (Partner partner : seed.partners()) {
                db.insertInto(org.coopole.db.Tables.PROJECT_PARTNER)
                        .set(org.coopole.db.Tables.PROJECT_PARTNER.PROJECT_ID, id)
                        .set(org.coopole.db.Tables.PROJECT_PARTNER.ORGANISATION_ID,
                                partner.organisation() == null ? null : organisations.get(partner.organisation()))
                        .set(org.coopole.db.Tables.PROJECT_PARTNER.OUTSIDE_NAME, partner.outside())
                        .set(org.coopole.db.Tables.PROJECT_PARTNER.OUTSIDE_KIND,
                                partner.kind() == null ? null : org.coopole.project.OutsideKind.valueOf(partner.kind()))
                        .set(org.coopole.db.Tables.PROJECT_PARTNER.ROLE, partner.role())
                        .set(org.coopole.db.Tables.PROJECT_PARTNER.CONTACT_PERSON_ID,
                                partner.contact() == null ? null : people.get(partner.contact()))
                        .execute();
            }
        }
        return ids;
    }

    /**
     * What the demo projects did: budgets, outcomes, milestones (one soon, one overdue), journal entries, staff hours,
     * and the bookings made for them (the repair workshop's projector afternoons and the bike shelter's mixer).
     */
    private static void projectActivity(DSLContext db, Map<String, org.coopole.project.ProjectId> projects,
                                        Map<String, OrganisationId> organisations, Map<String, PersonId> people) {
        var workshop = projects.get("Atelier de réparation partagé");
        var purchase = projects.get("Groupement d'achat de matériaux biosourcés");
        var training = projects.get("Formation au numérique pour les bénévoles");
        PersonId camille = people.get("camille.martin@lafabrique.example");
        PersonId nadia = people.get("nadia.benali@ressourcerie-val.example");
        PersonId sarah = people.get("sarah.fontaine@coopbatir.example");
        OrganisationId fabrique = organisations.get("Tiers-Lieu La Fabrique");
        OrganisationId ressourcerie = organisations.get("La Ressourcerie du Val");
        OrganisationId velo = organisations.get("Atelier Vélo Solidaire");
        OrganisationId formation = organisations.get("Institut de Formation Rurale");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        var line = org.coopole.db.Tables.PROJECT_BUDGET_LINE;
        record Money(org.coopole.project.ProjectId project, String direction, String stage, String label, long cents,
                     org.coopole.project.FunderKind funder) {
        }
        for (Money m : List.of(
                new Money(workshop, "EXPENSE", "PLANNED", "Outillage et pièces détachées", 850_000, null),
                new Money(workshop, "EXPENSE", "PLANNED", "Animation (0,3 ETP sur 16 mois)", 1_420_000, null),
                new Money(workshop, "INCOME", "PLANNED", "Région — appel à projets économie circulaire", 1_200_000,
                        org.coopole.project.FunderKind.REGION),
                new Money(workshop, "INCOME", "PLANNED", "Fonds propres des trois structures", 570_000,
                        org.coopole.project.FunderKind.OWN_FUNDS),
                new Money(workshop, "INCOME", "PLANNED", "Mise à disposition de la salle", 500_000,
                        org.coopole.project.FunderKind.IN_KIND),
                new Money(workshop, "EXPENSE", "ACTUAL", "Outillage acheté", 612_345, null),
                new Money(purchase, "EXPENSE", "PLANNED", "Première commande groupée de chanvre", 2_400_000, null),
                new Money(purchase, "INCOME", "PLANNED", "Avances des acheteurs", 2_400_000,
                        org.coopole.project.FunderKind.OWN_FUNDS),
                new Money(training, "EXPENSE", "ACTUAL", "Formateurs (six demi-journées)", 360_000, null),
                new Money(training, "INCOME", "ACTUAL", "Fondation pour le lien social", 300_000,
                        org.coopole.project.FunderKind.FOUNDATION),
                new Money(training, "INCOME", "ACTUAL", "Département de la Drôme", 60_000,
                        org.coopole.project.FunderKind.DEPARTEMENT))) {
            db.insertInto(line).set(line.PROJECT_ID, m.project()).set(line.DIRECTION, m.direction())
                    .set(line.STAGE, m.stage()).set(line.LABEL, m.label()).set(line.AMOUNT_CENTS, m.cents())
                    .set(line.FUNDER_KIND, m.funder()).execute();
        }
        var kind = org.coopole.db.Tables.OUTCOME_KIND;
        Map<String, UUID> kinds = db.select(kind.CODE, kind.ID).from(kind).where(kind.CODE.isNotNull())
                .fetchMap(kind.CODE, kind.ID);
        var outcome = org.coopole.db.Tables.PROJECT_OUTCOME;
        record Figure(org.coopole.project.ProjectId project, String kind, OrganisationId organisation, String stage,
                      String amount, LocalDate on, String note, PersonId by) {
        }
        for (Figure f : List.of(
                new Figure(workshop, "PEOPLE_REACHED", fabrique, "EXPECTED", "600", LocalDate.of(2027, 6, 30),
                        "Sur toute la durée du projet", camille),
                new Figure(workshop, "PEOPLE_REACHED", ressourcerie, "ACHIEVED", "214", today.minusDays(20),
                        "Huit ateliers ouverts", nadia),
                new Figure(workshop, "TONNES_DIVERTED", ressourcerie, "ACHIEVED", "1.85", today.minusDays(20),
                        "Petit électroménager réparé plutôt que jeté", nadia),
                new Figure(workshop, "JOBS_KEPT", fabrique, "ACHIEVED", "1", today.minusDays(60),
                        "Animatrice de l’atelier", camille),
                new Figure(training, "PEOPLE_TRAINED", formation, "ACHIEVED", "42", LocalDate.of(2026, 2, 28),
                        "Bénévoles de neuf structures", camille),
                new Figure(purchase, "ACTIVITY_CREATED", organisations.get("Coop'Bâtir"), "EXPECTED", "24000",
                        LocalDate.of(2027, 12, 31), "", sarah))) {
            db.insertInto(outcome).set(outcome.PROJECT_ID, f.project()).set(outcome.KIND_ID, kinds.get(f.kind()))
                    .set(outcome.ORGANISATION_ID, f.organisation()).set(outcome.STAGE, org.coopole.project.OutcomeStage.valueOf(f.stage()))
                    .set(outcome.AMOUNT, new java.math.BigDecimal(f.amount())).set(outcome.ON_DATE, f.on())
                    .set(outcome.NOTE, f.note()).set(outcome.REPORTED_BY_PERSON_ID, f.by()).execute();
        }
        var milestone = org.coopole.db.Tables.PROJECT_MILESTONE;
        db.insertInto(milestone, milestone.PROJECT_ID, milestone.TITLE, milestone.DUE_ON, milestone.DONE_ON)
                .values(workshop, "Premier atelier ouvert au public", LocalDate.of(2026, 4, 11), LocalDate.of(2026, 4, 11))
                .values(workshop, "Bilan à mi-parcours pour la Région", today.plusDays(5), null)
                .values(workshop, "Inventaire de l’outillage", today.minusDays(3), null)
                .values(purchase, "Première commande groupée", LocalDate.of(2027, 2, 15), null)
                .execute();
        var entry = org.coopole.db.Tables.PROJECT_JOURNAL_ENTRY;
        record Written(org.coopole.project.ProjectId project, PersonId author, OrganisationId organisation, LocalDate on,
                       String body, boolean pinned) {
        }
        for (Written w : List.of(
                new Written(workshop, camille, fabrique, LocalDate.of(2026, 4, 11), "Premier atelier : 31 personnes, "
                        + "19 objets réparés sur 26. Prévoir plus de tables pour les vélos.", true),
                new Written(workshop, nadia, ressourcerie, today.minusDays(20), "Huitième atelier. Les grille-pain et "
                        + "les aspirateurs sont les plus fréquents ; nous avons commandé des fusibles.", false),
                new Written(training, camille, fabrique, LocalDate.of(2026, 2, 28), "Dernière séance : chaque bénévole "
                        + "repart avec une fiche sur les outils de visio et de partage de documents.", false))) {
            db.insertInto(entry).set(entry.PROJECT_ID, w.project()).set(entry.AUTHOR_PERSON_ID, w.author())
                    .set(entry.ORGANISATION_ID, w.organisation()).set(entry.WRITTEN_ON, w.on()).set(entry.BODY, w.body())
                    .set(entry.PINNED, w.pinned())
                    .set(entry.CREATED_AT, w.on().atTime(18, 0).atZone(java.time.ZoneId.of("Europe/Paris")).toOffsetDateTime())
                    .execute();
        }
        var hours = org.coopole.db.Tables.PROJECT_HOURS;
        db.insertInto(hours, hours.PROJECT_ID, hours.ORGANISATION_ID, hours.WORKED_ON, hours.MINUTES, hours.NOTE,
                        hours.ENTERED_BY_PERSON_ID)
                .values(workshop, ressourcerie, today.minusDays(20), 480, "Deux réparateurs bénévoles encadrés", nadia)
                .values(workshop, velo, today.minusDays(20), 240, "Réglages de vélos", camille)
                .values(workshop, fabrique, today.minusDays(34), 360, "Accueil et inscriptions", camille)
                .execute();
        // the bookings made for the workshop: the projector's afternoons and the bike shelter's slab
        var booking = org.coopole.db.Tables.BOOKING;
        db.update(booking).set(booking.PROJECT_ID, workshop)
                .where(booking.PURPOSE.in("Atelier de réparation ouvert au public",
                        "Dalle de l’abri à vélos (nouvelle date)"))
                .execute();
    }

    /**
     * Two cost pools: the pole's rent of La Fabrique's shared floor, shared by m² occupied, and the Ressourcerie's
     * van running costs, shared by hours booked (80 %) and equally (20 %) among those who use it.
     */
    private static void costPools(DSLContext db, PoleId pole, Map<String, OrganisationId> organisations,
                                  Map<String, ResourceId> resources) {
        var pool = org.coopole.db.Tables.COST_POOL;
        var share = org.coopole.db.Tables.COST_POOL_SHARE;
        UUID rent = db.insertInto(pool).set(pool.POLE_ID, pole).set(pool.NAME, "Loyer du plateau partagé")
                .set(pool.PERIOD, "YEAR").set(pool.AMOUNT_CENTS, 1_800_000L).set(pool.WEIGHT_AREA, (short) 100)
                .returning(pool.ID).fetchOne(pool.ID);
        record Area(String organisation, String m2) {
        }
        for (Area area : List.of(new Area("Tiers-Lieu La Fabrique", "120"), new Area("La Ressourcerie du Val", "85.5"),
                new Area("Coop'Bâtir", "40"), new Area("Atelier Vélo Solidaire", "31"))) {
            db.insertInto(share).set(share.POOL_ID, rent).set(share.ORGANISATION_ID, organisations.get(area.organisation()))
                    .set(share.AREA_M2, new java.math.BigDecimal(area.m2())).execute();
        }
        UUID van = db.insertInto(pool).set(pool.POLE_ID, pole)
                .set(pool.ORGANISATION_ID, organisations.get("La Ressourcerie du Val"))
                .set(pool.NAME, "Frais du camion (assurance, entretien)").set(pool.PERIOD, "YEAR")
                .set(pool.AMOUNT_CENTS, 480_000L).set(pool.WEIGHT_HOURS, (short) 80).set(pool.WEIGHT_EQUAL, (short) 20)
                .returning(pool.ID).fetchOne(pool.ID);
        db.insertInto(org.coopole.db.Tables.COST_POOL_RESOURCE).set(org.coopole.db.Tables.COST_POOL_RESOURCE.POOL_ID, van)
                .set(org.coopole.db.Tables.COST_POOL_RESOURCE.RESOURCE_ID, resources.get("Camion 20 m³")).execute();
        for (String organisation : List.of("La Ressourcerie du Val", "Atelier Vélo Solidaire",
                "Jardins Partagés de la Vallée", "Énergies Citoyennes du Val")) {
            db.insertInto(share).set(share.POOL_ID, van).set(share.ORGANISATION_ID, organisations.get(organisation))
                    .execute();
        }
        // the van lent at 60 € a day is worth what a local hire firm asks: the difference is given in kind
        var valuation = org.coopole.db.Tables.RESOURCE_VALUATION;
        db.insertInto(valuation).set(valuation.RESOURCE_ID, resources.get("Camion 20 m³")).set(valuation.METHOD, "RENTAL")
                .set(valuation.UNIT, "DAY").set(valuation.CENTS, 9_000).set(valuation.CATEGORY, "FREE_USE")
                .set(valuation.NOTE, "Prix de location d’un 20 m³ chez un loueur de Crest, assurance comprise")
                .execute();
        db.insertInto(valuation).set(valuation.RESOURCE_ID, resources.get("Vidéoprojecteur portable"))
                .set(valuation.METHOD, "RENTAL").set(valuation.UNIT, "HALF_DAY").set(valuation.CENTS, 1_500)
                .set(valuation.CATEGORY, "FREE_USE").set(valuation.NOTE, "Tarif de location d’un loueur de matériel")
                .execute();
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

    private static ResourceId insertResource(DSLContext db, DemoData.ResourceSeed seed, OrganisationId organisation,
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
        return id;
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

    /**
     * Bookings of every status around the day the demo is written, so that calendars, "Réservations" and "Demandes
     * reçues" show something on a fresh start: past and upcoming, confirmed, requested, declined, cancelled by the
     * booker and by the owner, a weekly series, and the notifications they sent. Kept off the resources and hours
     * the tests book themselves.
     */
    private record Bookings(DSLContext db, PoleId pole, Map<String, PersonId> people,
                            Map<String, OrganisationId> organisationOf, Map<String, ResourceId> resources) {

        private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");
        private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
        private static final String LOUIS = "louis.garnier@ressourcerie-val.example";
        private static final String NADIA = "nadia.benali@ressourcerie-val.example";
        private static final String CAMILLE = "camille.martin@lafabrique.example";
        private static final String ANTOINE = "antoine.blanc@ccvd.example";
        private static final String SARAH = "sarah.fontaine@coopbatir.example";
        private static final String INES = "ines.roux@atelier-velo.example";
        private static final String PAUL = "paul.morel@jardins-vallee.example";
        private static final String THOMAS = "thomas.girard@energies-val.example";
        private static final String ELISE = "elise.chevalier@imprimerie-drome.example";
        private static final String HALL = "Grande salle de La Fabrique";
        private static final String VAN = "Camion 20 m³";
        private static final String MIXER = "Bétonnière 160 L";
        private static final String ADVICE = "Conseil en rénovation énergétique";
        private static final String PROJECTOR = "Vidéoprojecteur portable";

        void write() {
            LocalDate monday = LocalDate.now(PARIS).with(java.time.temporal.TemporalAdjusters.previousOrSame(
                    java.time.DayOfWeek.MONDAY));
            LocalDate lastWeek = monday.minusWeeks(1);
            LocalDate nextWeek = monday.plusWeeks(1);
            LocalDate inTwoWeeks = monday.plusWeeks(2);
            OffsetDateTimeHolder decided = new OffsetDateTimeHolder(monday.minusDays(3));

            // La Fabrique's hall, lent with approval (Camille decides)
            booking(HALL, LOUIS, lastWeek.plusDays(1).atTime(14, 0), lastWeek.plusDays(1).atTime(17, 0),
                    "Formation des bénévoles au tri", "CONFIRMED", CAMILLE, null, null, decided);
            booking(HALL, LOUIS, nextWeek.plusDays(2).atTime(10, 0), nextWeek.plusDays(2).atTime(12, 0),
                    "Comité de pilotage de la recyclerie", "CONFIRMED", CAMILLE, null, null, decided);
            UUID declined = booking(HALL, LOUIS, inTwoWeeks.plusDays(3).atTime(9, 0), inTwoWeeks.plusDays(3).atTime(17, 0),
                    "Journée portes ouvertes", "DECLINED", CAMILLE,
                    "La salle accueille notre assemblée générale ce jour-là.", null, decided);
            notify(LOUIS, declined, "DECLINED");
            UUID toCamille = booking(HALL, ANTOINE, inTwoWeeks.atTime(14, 0), inTwoWeeks.atTime(16, 0),
                    "Réunion de chantier participatif", "REQUESTED", null, null, null, decided);
            notify(CAMILLE, toCamille, "REQUESTED");

            // Coop'Bâtir's advice, lent with approval: Louis's request waits for Sarah
            UUID advice = booking(ADVICE, LOUIS, nextWeek.plusDays(3).atTime(14, 0), nextWeek.plusDays(3).atTime(16, 0),
                    "Isolation de l’atelier de réparation", "REQUESTED", null, null, null, decided);
            notify(SARAH, advice, "REQUESTED");

            // the Ressourcerie's van, lent with approval: requests wait for Nadia
            UUID ines = booking(VAN, INES, nextWeek.plusDays(4).atStartOfDay(), nextWeek.plusDays(4).atTime(12, 0),
                    "Collecte de vélos à Die", "REQUESTED", null, null, null, decided);
            notify(NADIA, ines, "REQUESTED");
            UUID paul = booking(VAN, PAUL, inTwoWeeks.plusDays(1).atTime(12, 0), inTwoWeeks.plusDays(2).atStartOfDay(),
                    "Livraison de compost", "REQUESTED", null, null, null, decided);
            notify(NADIA, paul, "REQUESTED");
            booking(VAN, THOMAS, lastWeek.plusDays(2).atStartOfDay(), lastWeek.plusDays(2).atTime(12, 0),
                    "Transport de panneaux solaires", "DECLINED", NADIA, "Le camion était au contrôle technique.", null,
                    decided);
            UUID elise = booking(VAN, ELISE, nextWeek.atStartOfDay(), nextWeek.atTime(12, 0),
                    "Livraison d’affiches", "CANCELLED", NADIA,
                    "Le hayon est en réparation : nous vous proposons le jeudi.", null, decided);
            notify(ELISE, elise, "CANCELLED_BY_OWNER");

            // Coop'Bâtir's concrete mixer, booked at once: one cancelled by Louis, one confirmed
            booking(MIXER, LOUIS, nextWeek.plusDays(1).atStartOfDay(), nextWeek.plusDays(2).atStartOfDay(),
                    "Dalle de l’abri à vélos", "CANCELLED", null, null, null, decided);
            booking(MIXER, LOUIS, inTwoWeeks.plusDays(4).atStartOfDay(), inTwoWeeks.plusDays(5).atStartOfDay(),
                    "Dalle de l’abri à vélos (nouvelle date)", "CONFIRMED", null, null, null, decided);

            // a year of the van: three half-days a month, lent to the Atelier Vélo, the Jardins and Énergies
            // Citoyennes, so that the van's cost pool and the indicators have real figures
            String[] borrowers = {INES, PAUL, THOMAS};
            String[] purposes = {"Collecte de vélos", "Livraison de compost", "Transport de panneaux solaires"};
            for (int month = 12; month >= 1; month--) {
                LocalDate first = monday.minusMonths(month).withDayOfMonth(1);
                for (int i = 0; i < 3; i++) {
                    LocalDate day = first.plusDays(8 + 7L * i);
                    booking(VAN, borrowers[i], day.atStartOfDay(), day.atTime(12, 0), purposes[i], "CONFIRMED",
                            NADIA, null, null, decided);
                }
            }
            // Coop'Bâtir's energy adviser, two hours on a Tuesday every other month, for Énergies Citoyennes: staff time
            // lent, by skill, in the indicators
            for (int month = 11; month >= 1; month -= 2) {
                LocalDate tuesday = monday.minusMonths(month).withDayOfMonth(1)
                        .with(java.time.temporal.TemporalAdjusters.firstInMonth(java.time.DayOfWeek.TUESDAY));
                booking(ADVICE, THOMAS, tuesday.atTime(14, 0), tuesday.atTime(16, 0),
                        "Visite énergétique d’une toiture", "CONFIRMED", SARAH, null, null, decided);
            }

            // La Fabrique's projector, every Monday afternoon for four weeks: a series
            UUID series = UUID.randomUUID();
            for (int week = 0; week < 4; week++) {
                LocalDate day = nextWeek.plusWeeks(week);
                booking(PROJECTOR, NADIA, day.atTime(12, 0), day.plusDays(1).atStartOfDay(),
                        "Atelier de réparation ouvert au public", "CONFIRMED", null, null, series, decided);
            }
        }

        /** When decisions were taken: three days before the demo's week. */
        private record OffsetDateTimeHolder(LocalDate day) {
            java.time.OffsetDateTime at() {
                return day.atTime(11, 0).atZone(PARIS).toOffsetDateTime();
            }
        }

        private UUID booking(String resource, String booker, java.time.LocalDateTime start, java.time.LocalDateTime end,
                             String purpose, String status, String decidedBy, String reason, UUID series,
                             OffsetDateTimeHolder decided) {
            return db.insertInto(org.coopole.db.Tables.BOOKING)
                    .set(org.coopole.db.Tables.BOOKING.RESOURCE_ID, resources.get(resource))
                    .set(org.coopole.db.Tables.BOOKING.POLE_ID, pole)
                    .set(org.coopole.db.Tables.BOOKING.ORGANISATION_ID, organisationOf.get(booker))
                    .set(org.coopole.db.Tables.BOOKING.PERSON_ID, people.get(booker))
                    .set(org.coopole.db.Tables.BOOKING.PERIOD, org.jooq.postgres.extensions.types.OffsetDateTimeRange
                            .offsetDateTimeRange(start.atZone(PARIS).toOffsetDateTime(), end.atZone(PARIS).toOffsetDateTime()))
                    .set(org.coopole.db.Tables.BOOKING.PURPOSE, purpose)
                    .set(org.coopole.db.Tables.BOOKING.STATUS, org.coopole.booking.BookingStatus.valueOf(status))
                    .set(org.coopole.db.Tables.BOOKING.DECIDED_BY_PERSON_ID, decidedBy == null ? null : people.get(decidedBy))
                    .set(org.coopole.db.Tables.BOOKING.DECIDED_AT, decidedBy == null ? null : decided.at())
                    // a request decided a day and two hours after it was made
                    .set(org.coopole.db.Tables.BOOKING.CREATED_AT, decidedBy == null
                            ? java.time.OffsetDateTime.now() : decided.at().minusHours(26))
                    .set(org.coopole.db.Tables.BOOKING.REASON, reason)
                    .set(org.coopole.db.Tables.BOOKING.SERIES_ID, series)
                    .returning(org.coopole.db.Tables.BOOKING.ID).fetchOne(org.coopole.db.Tables.BOOKING.ID).value();
        }

        /** A notification as the booking's would be: its subject, and the words' parameters as they were then. */
        private void notify(String person, UUID booking, String kind) {
            var owner = org.coopole.db.Tables.ORGANISATION.as("owner");
            var booker = org.coopole.db.Tables.ORGANISATION.as("booker");
            var b = org.coopole.db.Tables.BOOKING;
            var r = org.coopole.db.Tables.RESOURCE;
            var row = db.select(r.ID, r.NAME, booker.NAME, owner.NAME, b.PERIOD, b.REASON)
                    .from(b).join(r).on(r.ID.eq(b.RESOURCE_ID))
                    .join(booker).on(booker.ID.eq(b.ORGANISATION_ID))
                    .join(owner).on(owner.ID.eq(r.ORGANISATION_ID))
                    .where(b.ID.eq(new org.coopole.common.BookingId(booking)))
                    .fetchSingle();
            boolean fromOwner = !kind.equals("REQUESTED");
            Map<String, String> params = new java.util.HashMap<>(Map.of("resource", row.value2(),
                    "resourceId", row.value1().value().toString(), "organisation", fromOwner ? row.value4() : row.value3(),
                    "start", row.value5().lower().toInstant().toString(), "end", row.value5().upper().toInstant().toString(),
                    "zone", PARIS.getId(), "path", fromOwner ? "resources/" + row.value1().value() : "requests"));
            if (row.value6() != null) {
                params.put("reason", row.value6());
            }
            db.insertInto(org.coopole.db.Tables.NOTIFICATION)
                    .set(org.coopole.db.Tables.NOTIFICATION.POLE_ID, pole)
                    .set(org.coopole.db.Tables.NOTIFICATION.PERSON_ID, people.get(person))
                    .set(org.coopole.db.Tables.NOTIFICATION.BOOKING_ID, new org.coopole.common.BookingId(booking))
                    .set(org.coopole.db.Tables.NOTIFICATION.SUBJECT_KIND, org.coopole.notification.SubjectKind.BOOKING)
                    .set(org.coopole.db.Tables.NOTIFICATION.SUBJECT_ID, booking)
                    .set(org.coopole.db.Tables.NOTIFICATION.KIND,
                            org.coopole.notification.NotificationKind.valueOf("BOOKING_" + kind))
                    .set(org.coopole.db.Tables.NOTIFICATION.PARAMS, org.jooq.JSONB.valueOf(JSON.writeValueAsString(params)))
                    .execute();
        }
    }
}

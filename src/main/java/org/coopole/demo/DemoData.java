package org.coopole.demo;

import org.coopole.organisation.LegalForm;
import org.coopole.resource.BookingUnit;
import org.coopole.resource.RateUnit;
import org.coopole.resource.ResourceKind;
import org.coopole.security.PoleRole;

import java.util.List;

/**
 * The fictional demo poles, inspired by the first national day of the PTCE: a pole of a dozen organisations of
 * mixed kinds in a Drôme valley, and a smaller neighbouring pole that one cooperative also belongs to.
 * Every demo account signs in with {@link #PASSWORD}. The README lists them.
 */
public final class DemoData {

    public static final String PASSWORD = "coopole-demo-2026";

    public static final String VALLEE = "Vallée Coopère";
    public static final String ARDECHE = "Ardèche Solidaire";

    public static final List<PoleSeed> POLES = List.of(
            new PoleSeed(VALLEE, "Vallée de la Drôme",
                    "Associations, coopératives, entreprises et collectivité de la vallée qui mutualisent "
                            + "locaux, véhicules, matériel et compétences depuis 2013."),
            new PoleSeed(ARDECHE, "Nord Ardèche",
                    "Un jeune pôle de l'autre rive du Rhône, centré sur l'alimentation et la mobilité."));

    public static final List<OrganisationSeed> ORGANISATIONS = List.of(
            new OrganisationSeed("Tiers-Lieu La Fabrique", LegalForm.SCIC, true, "12 rue des Tanneurs, 26400 Crest",
                    "Coopérative qui porte l'animation du pôle et anime un tiers-lieu.", List.of(VALLEE), List.of("tiers-lieu", "numérique", "animation")),
            new OrganisationSeed("La Ressourcerie du Val", LegalForm.ASSOCIATION, true, "3 chemin de la Gare, 26400 Crest",
                    "Collecte, répare et revend objets et meubles ; chantier d'insertion.", List.of(VALLEE), List.of("réemploi", "insertion")),
            new OrganisationSeed("Atelier Vélo Solidaire", LegalForm.ASSOCIATION, true, "8 place du Marché, 26150 Die",
                    "Atelier participatif de réparation de vélos.", List.of(VALLEE), List.of("mobilité", "réemploi")),
            new OrganisationSeed("Jardins Partagés de la Vallée", LegalForm.ASSOCIATION, true,
                    "Lieu-dit Les Plaines, 26400 Aouste-sur-Sye", "Maraîchage biologique et insertion.", List.of(VALLEE), List.of("alimentation", "insertion")),
            new OrganisationSeed("Coop'Bâtir", LegalForm.SCOP, true, "ZA des Blaches, 26400 Crest",
                    "SCOP d'écoconstruction et de rénovation.", List.of(VALLEE), List.of("bâtiment", "écoconstruction")),
            new OrganisationSeed("Imprimerie Coopérative Drômoise", LegalForm.SCOP, true,
                    "21 avenue Jean Jaurès, 26150 Die", "Imprimerie en SCOP, papiers recyclés.", List.of(VALLEE, ARDECHE), List.of("imprimerie", "communication")),
            new OrganisationSeed("Énergies Citoyennes du Val", LegalForm.SCIC, true, "5 rue de l'Église, 26340 Saillans",
                    "Centrales solaires citoyennes sur les toits publics.", List.of(VALLEE), List.of("énergie")),
            new OrganisationSeed("Menuiserie Durand", LegalForm.COMPANY, false, "ZA Les Auréats, 26400 Crest",
                    "PME de menuiserie, engagée dans le pôle depuis sa création.", List.of(VALLEE), List.of("bâtiment", "bois")),
            new OrganisationSeed("Transports Rivière", LegalForm.COMPANY, false, "Route de Valence, 26400 Crest",
                    "Transport de marchandises et location de véhicules utilitaires.", List.of(VALLEE), List.of("mobilité", "logistique")),
            new OrganisationSeed("Communauté de communes du Val de Drôme", LegalForm.LOCAL_AUTHORITY, false,
                    "Hôtel communautaire, 26400 Crest", "Collectivité partenaire du pôle.", List.of(VALLEE), List.of("collectivité")),
            new OrganisationSeed("Institut de Formation Rurale", LegalForm.TRAINING_BODY, false,
                    "2 allée des Tilleuls, 26150 Die", "Organisme de formation professionnelle agricole et rurale.",
                    List.of(VALLEE), List.of("formation")),
            new OrganisationSeed("Laboratoire d'Économie Territoriale", LegalForm.RESEARCH_CENTRE, false,
                    "Campus universitaire, 26000 Valence", "Équipe de recherche sur les coopérations territoriales.",
                    List.of(VALLEE), List.of("recherche")),
            new OrganisationSeed("Épicerie Paysanne d'Annonay", LegalForm.SCIC, true, "4 rue Boissy d'Anglas, 07100 Annonay",
                    "Épicerie coopérative de producteurs.", List.of(ARDECHE), List.of("alimentation")),
            new OrganisationSeed("Mobilités Rurales 07", LegalForm.ASSOCIATION, true, "Mairie, 07340 Serrières",
                    "Transport solidaire et autopartage.", List.of(ARDECHE), List.of("mobilité")));

    public static final List<PersonSeed> PEOPLE = List.of(
            new PersonSeed("Camille", "Martin", "camille.martin@lafabrique.example", "Tiers-Lieu La Fabrique",
                    List.of(PoleRole.ANIMATOR, PoleRole.ORGANISATION_MANAGER)),
            new PersonSeed("Hugo", "Lefèvre", "hugo.lefevre@lafabrique.example", "Tiers-Lieu La Fabrique",
                    List.of(PoleRole.MEMBER)),
            new PersonSeed("Nadia", "Benali", "nadia.benali@ressourcerie-val.example", "La Ressourcerie du Val",
                    List.of(PoleRole.ORGANISATION_MANAGER)),
            new PersonSeed("Louis", "Garnier", "louis.garnier@ressourcerie-val.example", "La Ressourcerie du Val",
                    List.of(PoleRole.MEMBER)),
            new PersonSeed("Inès", "Roux", "ines.roux@atelier-velo.example", "Atelier Vélo Solidaire",
                    List.of(PoleRole.ORGANISATION_MANAGER)),
            new PersonSeed("Paul", "Morel", "paul.morel@jardins-vallee.example", "Jardins Partagés de la Vallée",
                    List.of(PoleRole.ORGANISATION_MANAGER)),
            new PersonSeed("Sarah", "Fontaine", "sarah.fontaine@coopbatir.example", "Coop'Bâtir",
                    List.of(PoleRole.ORGANISATION_MANAGER)),
            new PersonSeed("Karim", "Haddad", "karim.haddad@coopbatir.example", "Coop'Bâtir",
                    List.of(PoleRole.MEMBER)),
            new PersonSeed("Élise", "Chevalier", "elise.chevalier@imprimerie-drome.example",
                    "Imprimerie Coopérative Drômoise", List.of(PoleRole.ORGANISATION_MANAGER)),
            new PersonSeed("Thomas", "Girard", "thomas.girard@energies-val.example", "Énergies Citoyennes du Val",
                    List.of(PoleRole.ORGANISATION_MANAGER)),
            new PersonSeed("Marc", "Durand", "marc.durand@menuiserie-durand.example", "Menuiserie Durand",
                    List.of(PoleRole.ORGANISATION_MANAGER)),
            new PersonSeed("Julie", "Rivière", "julie.riviere@transports-riviere.example", "Transports Rivière",
                    List.of(PoleRole.ORGANISATION_MANAGER)),
            new PersonSeed("Antoine", "Blanc", "antoine.blanc@ccvd.example", "Communauté de communes du Val de Drôme",
                    List.of(PoleRole.ORGANISATION_MANAGER)),
            new PersonSeed("Claire", "Mercier", "claire.mercier@ifr.example", "Institut de Formation Rurale",
                    List.of(PoleRole.ORGANISATION_MANAGER)),
            new PersonSeed("Yann", "Le Goff", "yann.legoff@labo-eco.example", "Laboratoire d'Économie Territoriale",
                    List.of(PoleRole.ORGANISATION_MANAGER)),
            new PersonSeed("Lucie", "Perrin", "lucie.perrin@epicerie-annonay.example", "Épicerie Paysanne d'Annonay",
                    List.of(PoleRole.ANIMATOR, PoleRole.ORGANISATION_MANAGER)),
            new PersonSeed("Mehdi", "Saïdi", "mehdi.saidi@mobilites07.example", "Mobilités Rurales 07",
                    List.of(PoleRole.ORGANISATION_MANAGER)));

    /** What the demo organisations share; office hours are Monday to Friday, 9:00 to 18:00. */
    public static final List<ResourceSeed> RESOURCES = List.of(
            new ResourceSeed("Tiers-Lieu La Fabrique", ResourceKind.PREMISES, "Grande salle de La Fabrique",
                    "Salle lumineuse au rez-de-chaussée, tables modulables, vidéoprojecteur et paperboard.",
                    "12 rue des Tanneurs, Crest", 30, List.of("réunion", "formation"), true, RateUnit.HALF_DAY, 4000,
                    BookingUnit.HOUR, true, List.of(VALLEE)),
            new ResourceSeed("Tiers-Lieu La Fabrique", ResourceKind.EQUIPMENT, "Vidéoprojecteur portable",
                    "Vidéoprojecteur HDMI avec écran pliant.", "Accueil de La Fabrique", null, List.of("réunion"), false,
                    RateUnit.FREE, 0, BookingUnit.HALF_DAY, false, List.of(VALLEE)),
            new ResourceSeed("La Ressourcerie du Val", ResourceKind.VEHICLE, "Camion 20 m³",
                    "Camion avec hayon, permis B. Carnet de bord dans la boîte à gants.", "3 chemin de la Gare, Crest",
                    null, List.of("déménagement", "logistique"), true, RateUnit.DAY, 6000, BookingUnit.HALF_DAY,
                    false, List.of(VALLEE)),
            new ResourceSeed("Atelier Vélo Solidaire", ResourceKind.VEHICLE, "Vélo-cargo électrique",
                    "Vélo-cargo à assistance, 100 kg de charge.", "8 place du Marché, Die", null,
                    List.of("mobilité", "logistique"), false, RateUnit.FREE, 0, BookingUnit.HOUR, true, List.of(VALLEE)),
            new ResourceSeed("Coop'Bâtir", ResourceKind.EQUIPMENT, "Bétonnière 160 L", "Bétonnière électrique.",
                    "ZA des Blaches, Crest", null, List.of("bâtiment"), false, RateUnit.DAY, 1500, BookingUnit.DAY,
                    false, List.of(VALLEE)),
            new ResourceSeed("Coop'Bâtir", ResourceKind.STAFF, "Conseil en rénovation énergétique",
                    "Une thermicienne de la SCOP accompagne vos projets de rénovation.", "Sur place ou à distance", null,
                    List.of("énergie", "bâtiment"), true, RateUnit.HOUR, 4500, BookingUnit.HOUR, true, List.of(VALLEE)),
            new ResourceSeed("Institut de Formation Rurale", ResourceKind.PREMISES, "Salle de formation Les Tilleuls",
                    "Salle équipée de 20 postes informatiques.", "2 allée des Tilleuls, Die", 20,
                    List.of("formation", "numérique"), false, RateUnit.HALF_DAY, 3000, BookingUnit.HOUR, true,
                    List.of(VALLEE)),
            new ResourceSeed("Imprimerie Coopérative Drômoise", ResourceKind.EQUIPMENT, "Massicot électrique",
                    "Massicot 52 cm, formation rapide sur place.", "21 avenue Jean Jaurès, Die", null,
                    List.of("imprimerie"), true, RateUnit.HOUR, 1000, BookingUnit.HOUR, true, List.of(VALLEE, ARDECHE)),
            new ResourceSeed("Épicerie Paysanne d'Annonay", ResourceKind.PREMISES, "Chambre froide",
                    "Chambre froide positive de 6 m³.", "4 rue Boissy d'Anglas, Annonay", null,
                    List.of("alimentation"), false, RateUnit.FREE, 0, BookingUnit.DAY, false, List.of(ARDECHE)));

    /** Signs in, creates poles, sees no member data: belongs to no organisation. */
    public static final PersonSeed PLATFORM_ADMIN = new PersonSeed("Alex", "Admin", "admin@coopole.example", null,
            List.of());

    private DemoData() {
    }

    public record PoleSeed(String name, String territory, String description) {
    }

    /** A shared resource; with {@code officeHours}, bookable Monday to Friday from 9:00 to 18:00 only. */
    public record ResourceSeed(String organisation, ResourceKind kind, String name, String description,
                               String location, Integer capacity, List<String> tags, boolean approvalRequired,
                               RateUnit rateUnit, int rateCents, BookingUnit unit, boolean officeHours,
                               List<String> poles) {
    }

    public record OrganisationSeed(String name, LegalForm legalForm, boolean ess, String address,
                                   String description, List<String> poles, List<String> tags) {
    }

    /** A person, with the roles they hold in every pole their organisation belongs to. */
    public record PersonSeed(String firstName, String lastName, String email, String organisation,
                             List<PoleRole> roles) {
    }
}

package org.coopole;

/** Demo accounts the tests sign in as (see DemoData). */
public final class DemoPeople {

    /** Animator of Vallée Coopère, manager of Tiers-Lieu La Fabrique. */
    public static final String ANIMATOR = "camille.martin@lafabrique.example";
    /** Manager of La Ressourcerie du Val. */
    public static final String MANAGER = "nadia.benali@ressourcerie-val.example";
    /** Member of La Ressourcerie du Val. */
    public static final String MEMBER = "louis.garnier@ressourcerie-val.example";
    /** Manager of the Imprimerie, whose organisation belongs to both demo poles. */
    public static final String TWO_POLES = "elise.chevalier@imprimerie-drome.example";
    /** Animator of the other pole, Ardèche Solidaire. */
    public static final String OTHER_POLE = "lucie.perrin@epicerie-annonay.example";
    /** Member of Coop'Bâtir; the browser tests change this person's language. */
    public static final String BROWSER_MEMBER = "karim.haddad@coopbatir.example";
    public static final String PLATFORM_ADMIN = "admin@coopole.example";

    private DemoPeople() {
    }
}

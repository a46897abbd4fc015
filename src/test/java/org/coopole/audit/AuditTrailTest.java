package org.coopole.audit;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.SignIn;
import org.coopole.common.PoleId;
import org.coopole.demo.DemoData;
import org.coopole.pole.PoleService;
import org.coopole.security.AccountService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.AUDIT_EVENT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@CoopoleTest
class AuditTrailTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    AccountService accounts;
    @Autowired
    PoleService poles;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext db;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    PoleId vallee;
    PoleId ardeche;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        signIn.as(DemoPeople.ANIMATOR);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
        signIn.as(DemoPeople.OTHER_POLE);
        ardeche = accounts.me().currentPole().orElseThrow().poleId();
        signIn.out();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void signInsAndFailedSignInsOfAPolesMembersAppearInItsTrail() throws Exception {
        String email = "ines.roux@atelier-velo.example";
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", "wrong password here"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", DemoData.PASSWORD))
                .andExpect(redirectedUrl("/"));

        signIn.as(DemoPeople.ANIMATOR);
        List<AuditEntry> failed = trail.search(vallee, new AuditQuery(AuditAction.SIGN_IN_FAILED, email, null, null, 0, 10));
        assertThat(failed).first().satisfies(entry -> {
            assertThat(entry.target()).isEqualTo(email);
            assertThat(entry.personName()).isNull();
            assertThat(entry.address()).isEqualTo("127.0.0.1");
        });
        assertThat(trail.search(vallee, new AuditQuery(AuditAction.SIGN_IN, "Inès", null, null, 0, 10)))
                .first().extracting(AuditEntry::personName).isEqualTo("Inès Roux");
    }

    @Test
    void aRefusalIsRecordedInTheTrailOfThePoleOfThePersonRefused() {
        signIn.as(DemoPeople.OTHER_POLE);
        assertThatThrownBy(() -> poles.profile(vallee)).isInstanceOf(AccessDeniedException.class);

        List<AuditEntry> refused = trail.search(ardeche, new AuditQuery(AuditAction.REFUSED, "", null, null, 0, 10));
        assertThat(refused).first().satisfies(entry -> {
            assertThat(entry.personName()).isEqualTo("Lucie Perrin");
            assertThat(entry.target()).isEqualTo("PoleService.profile");
            assertThat(entry.detail()).isEqualTo(String.valueOf(vallee));
        });
        signIn.as(DemoPeople.ANIMATOR);
        assertThat(trail.search(vallee, new AuditQuery(AuditAction.REFUSED, "Lucie", null, null, 0, 10))).isEmpty();
    }

    @Test
    void tooManyFailuresPauseTheAccountEvenWithTheRightPasswordAndThePauseIsAudited() throws Exception {
        String email = "paul.morel@jardins-vallee.example";
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", email).param("password", "nope-" + i));
        }
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", DemoData.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));

        signIn.as(DemoPeople.ANIMATOR);
        assertThat(trail.count(vallee, new AuditQuery(AuditAction.SIGN_IN_THROTTLED, email, null, null, 0, 10)))
                .isEqualTo(1);
        assertThat(trail.count(vallee, new AuditQuery(AuditAction.SIGN_IN_FAILED, email, null, null, 0, 10)))
                .isEqualTo(5);
    }

    @Test
    void onlyThePolesAnimatorsReadItsTrail() {
        signIn.as(DemoPeople.MANAGER);
        assertThatThrownBy(() -> trail.search(vallee, AuditQuery.latest(10))).isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoPeople.OTHER_POLE);
        assertThatThrownBy(() -> trail.search(vallee, AuditQuery.latest(10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theApplicationCannotRewriteOrEraseTheTrail() {
        signIn.as(DemoPeople.ANIMATOR);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> db.deleteFrom(AUDIT_EVENT).execute()))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                db.update(AUDIT_EVENT).set(AUDIT_EVENT.DETAIL, "rewritten").execute()))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                db.insertInto(AUDIT_EVENT).set(AUDIT_EVENT.ACTION, AuditAction.SIGN_IN).execute()))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void theTrailFiltersByDatesInUtc() {
        signIn.as(DemoPeople.OTHER_POLE);
        accounts.changeLanguage(org.coopole.common.Language.FR);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        assertThat(trail.count(ardeche, new AuditQuery(AuditAction.LANGUAGE_CHANGED, "", today, today, 0, 10)))
                .isPositive();
        assertThat(trail.count(ardeche, new AuditQuery(AuditAction.LANGUAGE_CHANGED, "", today.plusDays(1), null, 0, 10)))
                .isZero();
    }
}

package org.coopole.organisation;

import com.icegreen.greenmail.util.GreenMail;
import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.SignIn;
import org.coopole.TestMailServer;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.Tokens;
import org.coopole.security.AccountService;
import org.coopole.security.PoleRole;
import org.coopole.security.WeakPassword;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.INVITATION;
import static org.coopole.db.Tables.PERSON;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@CoopoleTest
class InvitationServiceTest {

    private static final String STRONG = "la camionnette bleue part jeudi";

    @Autowired
    InvitationService invitations;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    GreenMail mail;
    @Autowired
    Owner owner;
    @Autowired
    WebApplicationContext context;

    PoleId vallee;
    String email;

    @BeforeEach
    void setUp() {
        signIn.as(DemoPeople.MANAGER);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
        email = "zoe." + UUID.randomUUID().toString().substring(0, 8) + "@ressourcerie-val.example";
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void anInvitedPersonSetsTheirPasswordFromTheEmailedLinkAndSignsIn() throws Exception {
        invitations.invite(vallee, new InvitationData("Zoé", "Petit", email, PoleRole.MEMBER));
        String token = token();
        signIn.out();

        Invitation invitation = invitations.lookup(token).orElseThrow();
        assertThat(invitation.status()).isEqualTo(Invitation.Status.VALID);
        assertThat(invitation.organisationName()).isEqualTo("La Ressourcerie du Val");
        assertThat(invitation.inviterName()).isEqualTo("Nadia Benali");
        assertThat(invitation.poleName()).isEqualTo("Vallée Coopère");

        invitations.accept(token, STRONG);

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", STRONG))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void beforeTheInvitationIsAcceptedThePersonCannotSignIn() throws Exception {
        invitations.invite(vallee, new InvitationData("Zoé", "Petit", email, PoleRole.MEMBER));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", ""))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aLinkServesOnce() {
        invitations.invite(vallee, new InvitationData("Zoé", "Petit", email, PoleRole.MEMBER));
        String token = token();
        signIn.out();
        invitations.accept(token, STRONG);

        assertThat(invitations.lookup(token).orElseThrow().status()).isEqualTo(Invitation.Status.USED);
        assertThatThrownBy(() -> invitations.accept(token, "une autre phrase de passe solide"))
                .isInstanceOf(InvitationInvalid.class);
    }

    @Test
    void anExpiredLinkIsRefused() {
        invitations.invite(vallee, new InvitationData("Zoé", "Petit", email, PoleRole.MEMBER));
        String token = token();
        owner.db().update(INVITATION).set(INVITATION.EXPIRES_AT, OffsetDateTime.now().minusMinutes(1))
                .set(INVITATION.CREATED_AT, OffsetDateTime.now().minusDays(8))
                .where(INVITATION.TOKEN_HASH.eq(Tokens.hash(token))).execute();
        signIn.out();

        assertThat(invitations.lookup(token).orElseThrow().status()).isEqualTo(Invitation.Status.EXPIRED);
        assertThatThrownBy(() -> invitations.accept(token, STRONG)).isInstanceOf(InvitationInvalid.class);
    }

    @Test
    void aWeakPasswordIsRefusedAndTheLinkStaysValid() {
        invitations.invite(vallee, new InvitationData("Zoé", "Petit", email, PoleRole.MEMBER));
        String token = token();
        signIn.out();

        assertThatThrownBy(() -> invitations.accept(token, "motdepasse123")).isInstanceOf(WeakPassword.class);
        assertThat(invitations.lookup(token).orElseThrow().status()).isEqualTo(Invitation.Status.VALID);
    }

    @Test
    void anUnknownOrMalformedTokenFindsNothing() {
        signIn.out();
        assertThat(invitations.lookup("x".repeat(43))).isEmpty();
        assertThat(invitations.lookup("../../etc/passwd")).isEmpty();
        assertThatThrownBy(() -> invitations.accept("x".repeat(43), STRONG)).isInstanceOf(InvitationInvalid.class);
    }

    @Test
    void anEmailThatAlreadyHasAnAccountOrBadInputIsRefusedFieldByFieldAndNothingIsStored() {
        assertThatThrownBy(() -> invitations.invite(vallee,
                new InvitationData("Louis", "Garnier", DemoPeople.MEMBER, PoleRole.MEMBER)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> invitations.invite(vallee,
                new InvitationData("<img src=x onerror=alert(1)>", "Petit", email, PoleRole.MEMBER)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("firstName"));
        assertThatThrownBy(() -> invitations.invite(vallee, new InvitationData("Zoé", "Petit", "zoe@", PoleRole.MEMBER)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("validation.email"));
        assertThatThrownBy(() -> invitations.invite(vallee, new InvitationData("Zoé", "Petit", email, PoleRole.ANIMATOR)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("role"));
        assertThat(owner.db().fetchCount(PERSON, PERSON.EMAIL.eq(email))).isZero();
    }

    @Test
    void aMemberCannotInviteAndNeitherCanAManagerOfAnotherPole() {
        signIn.as(DemoPeople.MEMBER);
        assertThatThrownBy(() -> invitations.invite(vallee, new InvitationData("Zoé", "Petit", email, PoleRole.MEMBER)))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as("mehdi.saidi@mobilites07.example");
        assertThatThrownBy(() -> invitations.invite(vallee, new InvitationData("Zoé", "Petit", email, PoleRole.MEMBER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(owner.db().fetchCount(PERSON, PERSON.EMAIL.eq(email))).isZero();
    }

    private String token() {
        String text = TestMailServer.mailTo(mail, email, "/invitation/").orElseThrow();
        assertThat(text).contains("Bonjour Zoé", "La Ressourcerie du Val");
        String link = TestMailServer.linkIn(text, "/invitation/");
        return link.substring(link.lastIndexOf('/') + 1);
    }
}

package org.coopole;

import org.coopole.booking.BookingService;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.organisation.InvitationData;
import org.coopole.organisation.InvitationService;
import org.coopole.organisation.LegalForm;
import org.coopole.organisation.OrganisationData;
import org.coopole.organisation.OrganisationService;
import org.coopole.pole.PoleData;
import org.coopole.pole.PoleService;
import org.coopole.resource.RateUnit;
import org.coopole.resource.ResourceData;
import org.coopole.resource.ResourceDetails;
import org.coopole.resource.ResourceKind;
import org.coopole.resource.ResourceService;
import org.coopole.security.AccountService;
import org.coopole.security.PoleRole;
import org.coopole.security.ProfileData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every form's service refuses a text with an invisible character in it — here a right-to-left override, which
 * would make "Camion" read otherwise — naming the field; nothing is saved (each case runs in a rolled-back test
 * transaction as well).
 */
@CoopoleTest
@Transactional
class EveryFormRefusesHiddenCharactersTest {

    private static final String OVERRIDE = "Cam\u202Eion";

    @Autowired
    AccountService accounts;
    @Autowired
    OrganisationService organisations;
    @Autowired
    PoleService poles;
    @Autowired
    InvitationService invitations;
    @Autowired
    ResourceService resources;
    @Autowired
    BookingService bookings;
    @Autowired
    SignIn signIn;

    @AfterEach
    void out() {
        signIn.out();
    }

    private final Map<String, BiConsumer<EveryFormRefusesHiddenCharactersTest, String>> forms = Map.of(
            "profile:firstName", (t, text) -> t.accounts.updateProfile(new ProfileData(text, "Garnier", "")),
            "organisation:name", (t, text) -> t.organisations.updateProfile(t.pole(), new OrganisationData(text,
                    LegalForm.ASSOCIATION, true, null, "", "", "", "", List.of())),
            "organisation:tags", (t, text) -> t.organisations.updateProfile(t.pole(), new OrganisationData(
                    "La Ressourcerie du Val", LegalForm.ASSOCIATION, true, null, "", "", "", "", List.of(text))),
            "pole:name", (t, text) -> t.poles.updateProfile(t.pole(), new PoleData(text, "", "", "")),
            "invitation:firstName", (t, text) -> t.invitations.invite(t.pole(),
                    new InvitationData(text, "Roux", "nouvelle.personne@ressourcerie-val.example", PoleRole.MEMBER)),
            "resource:name", (t, text) -> t.resources.share(t.pole(),
                    new ResourceData(ResourceKind.VEHICLE, text, "", false)),
            "resource:tags", (t, text) -> t.resources.setDetails(t.pole(), t.share(), new ResourceDetails("", null, "",
                    List.of(text), RateUnit.FREE, 0)),
            "booking:purpose", (t, text) -> {
                ResourceId van = t.share();
                Instant start = Instant.now().plus(Duration.ofDays(8)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(9));
                t.bookings.book(t.pole(), van, start, start.plus(Duration.ofHours(1)), text);
            });

    private PoleId pole() {
        return accounts.me().currentPole().orElseThrow().poleId();
    }

    private ResourceId share() {
        return resources.share(pole(), new ResourceData(ResourceKind.VEHICLE, "Camion de test", "", false));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"profile:firstName", "organisation:name", "organisation:tags", "pole:name",
            "invitation:firstName", "resource:name", "resource:tags", "booking:purpose"})
    void theFormsServiceRefusesTheTextNamingTheField(String form) {
        signIn.as(form.startsWith("pole") ? DemoPeople.ANIMATOR : DemoPeople.MANAGER);
        String field = form.substring(form.indexOf(':') + 1);
        assertThatThrownBy(() -> forms.get(form).accept(this, OVERRIDE)).as(form)
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isIn("validation.hidden-characters", "organisation.tags.invalid");
                });
    }
}

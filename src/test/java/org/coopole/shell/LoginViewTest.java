package org.coopole.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends ViewTestSupport {

    @Test
    void aVisitorWhoIsNotSignedInDoesNotSeeTheHomeView() {
        openAs(null);
        UI.getCurrent().navigate("");

        assertThat(_find(H1.class)).extracting(H1::getText).noneMatch(text -> text.startsWith("Bonjour"));
    }

    @Test
    void theLoginPageSpeaksFrenchByDefault() {
        openAs(null);
        UI.getCurrent().navigate("login");

        assertThat(_get(H1.class).getText()).isEqualTo("Coopole");
        LoginForm form = _get(LoginForm.class);
        String texts = String.valueOf(form.getElement().getPropertyRaw("i18n"));
        assertThat(texts).contains("Adresse e-mail", "Mot de passe", "Se connecter",
                "Adresse e-mail ou mot de passe incorrect. Vérifiez-les puis réessayez.");
        assertThat(_find(Button.class)).extracting(Button::getText).containsExactly("Français", "English");
        assertThat(_get(Button.class, spec -> spec.withText("Français")).isEnabled()).isFalse();
    }

    @Test
    void aFailedSignInShowsTheErrorOnTheForm() {
        openAs(null);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void aSignInRefusedForTooManyFailuresSaysSoInsteadOfWrongPassword() {
        openAs(null);
        VaadinSession.getCurrent().getSession().setAttribute(SignInFailureMemo.THROTTLED, true);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("Trop de connexions ont échoué. Patientez quelques minutes avant de réessayer.");
    }

    @Test
    void choosingEnglishOnTheLoginPageSwitchesTheSessionToEnglish() {
        openAs(null);
        UI.getCurrent().navigate("login");

        _get(Button.class, spec -> spec.withText("English")).click();

        assertThat(UI.getCurrent().getSession().getLocale().getLanguage()).isEqualTo("en");
    }
}

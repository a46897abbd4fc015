package org.coopole.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.coopole.common.Language;

/**
 * Sign-in by email and password. A failed attempt shows one message whatever went wrong, so that nobody
 * learns from it whether an email has an account.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;

    LoginView(AuthenticationContext authentication, LanguageSettings languages) {
        this.authentication = authentication;
        addClassName("coopole-login");

        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("coopole-login-brand");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("coopole-login-tagline");

        form.setI18n(i18n());
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(event -> UI.getCurrent().navigate("forgot-password"));

        Div switcher = new Div();
        switcher.addClassName("coopole-language-switch");
        for (Language language : Language.values()) {
            Button button = new Button(getTranslation(language.translationKey()),
                    click -> languages.choose(UI.getCurrent(), language));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.setEnabled(!language.locale().getLanguage().equals(getLocale().getLanguage()));
            switcher.add(button);
        }

        Div card = new Div(brand, tagline, form, switcher);
        card.addClassName("coopole-login-card");
        add(card);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot-password"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.email-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(HomeView.class);
            return;
        }
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        WrappedSession session = VaadinSession.getCurrent().getSession();
        if (failed && Boolean.TRUE.equals(session.getAttribute(SignInFailureMemo.THROTTLED))) {
            LoginI18n texts = i18n();
            texts.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            texts.getErrorMessage().setMessage(getTranslation("login.throttled.message"));
            form.setI18n(texts);
        } else if (failed && Boolean.TRUE.equals(session.getAttribute(SignInFailureMemo.UNAVAILABLE))) {
            LoginI18n texts = i18n();
            texts.getErrorMessage().setTitle(getTranslation("login.unavailable.title"));
            texts.getErrorMessage().setMessage(getTranslation("error.unavailable"));
            form.setI18n(texts);
        }
        session.removeAttribute(SignInFailureMemo.THROTTLED);
        session.removeAttribute(SignInFailureMemo.UNAVAILABLE);
        form.setError(failed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}

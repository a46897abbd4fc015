package org.coopole.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.coopole.common.Email;
import org.coopole.security.PasswordResetService;

/** "Forgot your password?": asks for the email and always gives the same answer. */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends Div implements HasDynamicTitle {

    ForgotPasswordView(PasswordResetService resets) {
        addClassName("coopole-login");
        Div card = new Div();
        card.addClassName("coopole-login-card");
        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("coopole-login-brand");
        EmailField email = new EmailField(getTranslation("login.email"));
        email.setWidthFull();
        org.coopole.common.ui.TextLimits.limit(email, Email.MAX_LENGTH);
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));
        Paragraph answer = new Paragraph();
        Button send = new Button(getTranslation("security.reset.send"), click -> {
            if (!Email.isValid(email.getValue())) {
                email.setErrorMessage(getTranslation("validation.email"));
                email.setInvalid(true);
                return;
            }
            resets.request(email.getValue());
            answer.setText(getTranslation("security.reset.sent", email.getValue()));
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setWidthFull();
        card.add(brand, new Paragraph(getTranslation("security.reset.intro")), email, send, answer,
                new Anchor("login", getTranslation("organisation.invitation.to-login")));
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.reset.page-title");
    }
}

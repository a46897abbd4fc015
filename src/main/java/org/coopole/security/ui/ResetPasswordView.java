package org.coopole.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.coopole.common.ui.NewPasswordFields;
import org.coopole.security.PasswordPolicy;
import org.coopole.security.PasswordResetService;
import org.coopole.security.WeakPassword;

/** Where an emailed reset link leads: a new password, once. */
@Route(value = "reset-password/:token", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResetService resets;
    private final Div card = new Div();

    ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("coopole-login");
        card.addClassName("coopole-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("coopole-login-brand");
        card.add(brand);
        PasswordResetService.Reset reset = resets.lookup(token).filter(PasswordResetService.Reset::usable)
                .orElse(null);
        if (reset == null) {
            card.add(new Paragraph(getTranslation("security.reset.invalid")),
                    new Anchor("forgot-password", getTranslation("security.reset.again")));
            return;
        }
        NewPasswordFields password = new NewPasswordFields(PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        Button save = new Button(getTranslation("security.password.change"), click -> password.read().ifPresent(chosen -> {
            try {
                resets.reset(token, chosen);
                Notification.show(getTranslation("security.reset.done"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("login"));
            } catch (WeakPassword weak) {
                password.refuse(getTranslation(weak.problem().translationKey(), PasswordPolicy.MIN_LENGTH,
                        PasswordPolicy.MAX_LENGTH));
            } catch (PasswordResetService.LinkInvalid invalid) {
                card.removeAll();
                card.add(new Paragraph(getTranslation("security.reset.invalid")));
            }
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        card.add(new Paragraph(getTranslation("security.reset.choose", reset.firstName(), reset.email())), password, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.reset.page-title");
    }
}

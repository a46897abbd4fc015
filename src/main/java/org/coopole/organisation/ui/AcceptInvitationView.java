package org.coopole.organisation.ui;

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
import org.coopole.organisation.Invitation;
import org.coopole.organisation.InvitationInvalid;
import org.coopole.organisation.InvitationService;
import org.coopole.security.PasswordPolicy;
import org.coopole.security.WeakPassword;

/** Where an emailed invitation link leads: the person invited chooses their password, then signs in. */
@Route(value = "invitation/:token", autoLayout = false)
@AnonymousAllowed
class AcceptInvitationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationService invitations;
    private final Div card = new Div();
    private String token;

    AcceptInvitationView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("coopole-login");
        card.addClassName("coopole-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("coopole-login-brand");
        card.add(brand);
        invitations.lookup(token).ifPresentOrElse(this::show,
                () -> card.add(new Paragraph(getTranslation("organisation.invitation.unknown"))));
    }

    private void show(Invitation invitation) {
        if (invitation.status() != Invitation.Status.VALID) {
            card.add(new Paragraph(getTranslation(invitation.status().translationKey())),
                    new Anchor("login", getTranslation("organisation.invitation.to-login")));
            return;
        }
        Paragraph welcome = new Paragraph(getTranslation("organisation.invitation.welcome", invitation.firstName(),
                invitation.inviterName() == null ? "" : invitation.inviterName(), invitation.organisationName(),
                invitation.poleName()));
        NewPasswordFields password = new NewPasswordFields(PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        Button accept = new Button(getTranslation("organisation.invitation.accept"), click -> password.read().ifPresent(chosen -> {
            try {
                invitations.accept(token, chosen);
                Notification.show(getTranslation("organisation.invitation.accepted"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("login"));
            } catch (WeakPassword weak) {
                password.refuse(getTranslation(weak.problem().translationKey(), PasswordPolicy.MIN_LENGTH,
                        PasswordPolicy.MAX_LENGTH));
            } catch (InvitationInvalid invalid) {
                card.removeAll();
                card.add(new Paragraph(getTranslation("organisation.invitation.unknown")));
            }
        }));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setWidthFull();
        card.add(welcome, new Paragraph(getTranslation("organisation.invitation.your-email", invitation.email())),
                password, accept);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.invitation.page-title");
    }
}

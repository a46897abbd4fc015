package org.coopole.organisation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import org.coopole.common.Email;
import org.coopole.common.InvalidField;
import org.coopole.common.TextRules;
import org.coopole.common.ui.FieldErrors;
import org.coopole.organisation.InvitationData;
import org.coopole.security.PoleRole;

import java.util.Optional;

/** The fields of an invitation; validates in the browser and shows the service's refusals next to the field. */
class InvitationForm extends Composite<FormLayout> {

    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final EmailField email = new EmailField();
    private final Select<PoleRole> role = new Select<>();
    private final Binder<InvitationData> binder = new Binder<>(InvitationData.class);

    InvitationForm() {
        firstName.setLabel(getTranslation("security.profile.first-name"));
        lastName.setLabel(getTranslation("security.profile.last-name"));
        email.setLabel(getTranslation("organisation.invite.email"));
        role.setLabel(getTranslation("organisation.invite.role"));
        role.setItems(PoleRole.MEMBER, PoleRole.ORGANISATION_MANAGER);
        role.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        for (TextField name : new TextField[] {firstName, lastName}) {
            org.coopole.common.ui.TextLimits.limit(name, TextRules.NAME_MAX);
        }
        org.coopole.common.ui.TextLimits.limit(email, Email.MAX_LENGTH);
        // the field's own check in the browser speaks our words too
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(getTranslation("validation.email"))
                .setRequiredErrorMessage(getTranslation("validation.required")));

        binder.forField(firstName).asRequired(getTranslation("validation.required"))
                .withValidator(v -> !TextRules.hasMarkup(v), getTranslation("validation.no-markup"))
                .bind("firstName");
        binder.forField(lastName).asRequired(getTranslation("validation.required"))
                .withValidator(v -> !TextRules.hasMarkup(v), getTranslation("validation.no-markup"))
                .bind("lastName");
        binder.forField(email).asRequired(getTranslation("validation.required"))
                .withValidator(Email::isValid, getTranslation("validation.email"))
                .bind("email");
        // validated without a required indicator: Vaadin 25's select would put aria-required on its value button,
        // where it is not allowed (axe: aria-allowed-attr); the role always starts as "member"
        binder.forField(role).withValidator(java.util.Objects::nonNull, getTranslation("validation.required"))
                .bind("role");
        binder.readRecord(new InvitationData("", "", "", PoleRole.MEMBER));
        getContent().add(firstName, lastName, email, role);
    }

    /** The typed invitation, or empty with the messages shown next to the fields. */
    Optional<InvitationData> read() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** Shows a service's refusal next to its field; what was typed stays. */
    void show(InvalidField refusal) {
        FieldErrors.show(this, java.util.Map.of("firstName", firstName, "lastName", lastName, "email", email,
                "role", role), refusal);
    }
}

package org.coopole.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.select.Select;
import org.coopole.common.InvalidField;
import org.coopole.common.Language;
import org.coopole.security.LanguageChoice;
import org.coopole.common.TextRules;
import org.coopole.security.Account;
import org.coopole.security.AccountService;
import org.coopole.security.PasswordPolicy;
import org.coopole.security.ProfileData;
import org.coopole.security.WeakPassword;
import org.coopole.security.WrongCurrentPassword;

import java.util.Map;
import org.coopole.security.CurrentAccount;

/** The person's own profile: name and phone, and a new password (the current one is asked again). */
@Route("profile")
@PermitAll
class ProfileView extends Div implements HasDynamicTitle {

    private final AccountService accounts;
    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final TextField phone = new TextField();
    private final Binder<ProfileData> binder = new Binder<>(ProfileData.class);
    private final PasswordField currentPassword = new PasswordField();
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField confirmPassword = new PasswordField();

    private final LanguageChoice languages;

    /** The person and their current pole, read once for this navigation. */
    private final CurrentAccount current;

    ProfileView(CurrentAccount current, AccountService accounts, LanguageChoice languages) {
        this.current = current;
        this.accounts = accounts;
        this.languages = languages;
        addClassName("coopole-page");
        Account me = current.get();

        firstName.setLabel(getTranslation("security.profile.first-name"));
        lastName.setLabel(getTranslation("security.profile.last-name"));
        phone.setLabel(getTranslation("security.profile.phone"));
        for (TextField name : new TextField[] {firstName, lastName}) {
            org.coopole.common.ui.TextLimits.limit(name, TextRules.NAME_MAX);
            name.setRequiredIndicatorVisible(true);
        }
        org.coopole.common.ui.TextLimits.limit(phone, TextRules.PHONE_MAX);
        TextField email = new TextField(getTranslation("security.profile.email"));
        email.setValue(me.email());
        email.setReadOnly(true);

        binder.forField(firstName).asRequired(getTranslation("validation.required"))
                .withValidator(v -> !TextRules.hasMarkup(v), getTranslation("validation.no-markup"))
                .bind("firstName");
        binder.forField(lastName).asRequired(getTranslation("validation.required"))
                .withValidator(v -> !TextRules.hasMarkup(v), getTranslation("validation.no-markup"))
                .bind("lastName");
        binder.forField(phone).withValidator(TextRules::isPhone, getTranslation("validation.phone")).bind("phone");
        binder.readRecord(me.profile());

        Select<Language> language = new Select<>();
        language.setLabel(getTranslation("shell.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> getTranslation(l.translationKey()));
        language.setValue(me.language());
        language.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                languages.choose(change.getValue());
            }
        });

        Button save = new Button(getTranslation("security.profile.save"), click -> saveProfile());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout profile = new FormLayout(firstName, lastName, email, phone, language);

        currentPassword.setLabel(getTranslation("security.password.current"));
        newPassword.setLabel(getTranslation("security.password.new"));
        newPassword.setHelperText(getTranslation("security.password.rules", PasswordPolicy.MIN_LENGTH));
        org.coopole.common.ui.TextLimits.limit(newPassword, PasswordPolicy.MAX_LENGTH);
        confirmPassword.setLabel(getTranslation("security.password.confirm"));
        Button change = new Button(getTranslation("security.password.change"), click -> changePassword());
        FormLayout password = new FormLayout(currentPassword, newPassword, confirmPassword);

        com.vaadin.flow.component.html.Anchor myData = new com.vaadin.flow.component.html.Anchor("my-data",
                getTranslation("privacy.mine.link"));
        myData.getElement().setAttribute("router-link", true);
        myData.setId("profile-my-data");
        com.vaadin.flow.component.html.Anchor apiTokens = new com.vaadin.flow.component.html.Anchor("api-tokens",
                getTranslation("api.token.link"));
        apiTokens.getElement().setAttribute("router-link", true);
        apiTokens.setId("profile-api-tokens");
        add(new H1(getTranslation("security.profile.title")), profile, save,
                new H2(getTranslation("security.password.title")),
                new Paragraph(getTranslation("security.password.intro")), password, change,
                new H2(getTranslation("privacy.mine.title")), new Paragraph(getTranslation("privacy.mine.intro")),
                new Paragraph(myData), new H2(getTranslation("api.token.title")), new Paragraph(apiTokens));
    }

    private void saveProfile() {
        try {
            accounts.updateProfile(binder.writeRecord());
            current.refresh();
            notify("security.profile.saved", NotificationVariant.LUMO_SUCCESS);
        } catch (ValidationException e) {
            // messages are already next to the fields; nothing typed is lost
        } catch (InvalidField e) {
            TextField field = Map.of("firstName", firstName, "lastName", lastName, "phone", phone).get(e.field());
            field.setErrorMessage(org.coopole.common.ui.FieldErrors.message(this, e));
            field.setInvalid(true);
        }
    }

    private void changePassword() {
        currentPassword.setInvalid(false);
        newPassword.setInvalid(false);
        confirmPassword.setInvalid(false);
        // an empty field says it is missing, rather than "not your current password"
        boolean missing = false;
        for (PasswordField field : new PasswordField[] {currentPassword, newPassword, confirmPassword}) {
            if (field.getValue().isEmpty()) {
                invalid(field, "validation.required");
                missing = true;
            }
        }
        if (missing) {
            return;
        }
        if (!newPassword.getValue().equals(confirmPassword.getValue())) {
            invalid(confirmPassword, "security.password.mismatch");
            return;
        }
        try {
            accounts.changePassword(currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            confirmPassword.clear();
            notify("security.password.changed", NotificationVariant.LUMO_SUCCESS);
        } catch (WrongCurrentPassword e) {
            invalid(currentPassword, "security.password.wrong-current");
        } catch (WeakPassword e) {
            invalid(newPassword, e.problem().translationKey());
        }
    }

    private void invalid(PasswordField field, String key) {
        field.setErrorMessage(getTranslation(key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        field.setInvalid(true);
    }

    private void notify(String key, NotificationVariant variant) {
        Notification notification = Notification.show(getTranslation(key));
        notification.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.profile.page-title");
    }
}

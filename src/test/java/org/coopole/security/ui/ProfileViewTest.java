package org.coopole.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.coopole.DemoPeople;
import org.coopole.demo.DemoData;
import org.coopole.security.AccountService;
import org.coopole.shell.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ProfileViewTest extends ViewTestSupport {

    @Autowired
    AccountService accounts;

    @Test
    void markupInANameIsRefusedNextToTheFieldAndWhatWasTypedStays() {
        openAs(DemoPeople.MANAGER);
        UI.getCurrent().navigate(ProfileView.class);

        TextField firstName = _get(TextField.class, spec -> spec.withLabel("Prénom"));
        firstName.setValue("<b>Nadia</b>");
        _get(Button.class, spec -> spec.withText("Enregistrer")).click();

        assertThat(firstName.isInvalid()).isTrue();
        assertThat(firstName.getErrorMessage()).isEqualTo("Les caractères < et > ne sont pas acceptés.");
        assertThat(firstName.getValue()).isEqualTo("<b>Nadia</b>");
        assertThat(accounts.me().firstName()).isEqualTo("Nadia");
    }

    @Test
    void aValidProfileIsSaved() {
        openAs(DemoPeople.MANAGER);
        UI.getCurrent().navigate(ProfileView.class);

        _get(TextField.class, spec -> spec.withLabel("Téléphone")).setValue("04 75 00 00 00");
        _get(Button.class, spec -> spec.withText("Enregistrer")).click();

        assertThat(accounts.me().phone()).isEqualTo("04 75 00 00 00");
    }

    @Test
    void aWeakNewPasswordIsExplainedNextToTheField() {
        openAs(DemoPeople.MANAGER);
        UI.getCurrent().navigate(ProfileView.class);

        _get(PasswordField.class, spec -> spec.withLabel("Mot de passe actuel")).setValue(DemoData.PASSWORD);
        PasswordField next = _get(PasswordField.class, spec -> spec.withLabel("Nouveau mot de passe"));
        next.setValue("motdepasse123");
        _get(PasswordField.class, spec -> spec.withLabel("Confirmez le nouveau mot de passe")).setValue("motdepasse123");
        _get(Button.class, spec -> spec.withText("Changer le mot de passe")).click();

        assertThat(next.isInvalid()).isTrue();
        assertThat(next.getErrorMessage()).startsWith("Trop courant ou trop facile à deviner");
    }

    @Test
    void aWrongCurrentPasswordIsSaidSo() {
        openAs(DemoPeople.MANAGER);
        UI.getCurrent().navigate(ProfileView.class);

        PasswordField current = _get(PasswordField.class, spec -> spec.withLabel("Mot de passe actuel"));
        current.setValue("not my password");
        _get(PasswordField.class, spec -> spec.withLabel("Nouveau mot de passe")).setValue("la camionnette bleue");
        _get(PasswordField.class, spec -> spec.withLabel("Confirmez le nouveau mot de passe"))
                .setValue("la camionnette bleue");
        _get(Button.class, spec -> spec.withText("Changer le mot de passe")).click();

        assertThat(current.getErrorMessage()).isEqualTo("Ce n’est pas votre mot de passe actuel.");
    }

    @Test
    void aPasswordChangeWithEmptyFieldsSaysWhatIsMissing() {
        openAs(DemoPeople.MANAGER);
        UI.getCurrent().navigate(ProfileView.class);

        PasswordField current = _get(PasswordField.class, spec -> spec.withLabel("Mot de passe actuel"));
        PasswordField next = _get(PasswordField.class, spec -> spec.withLabel("Nouveau mot de passe"));
        next.setValue("la camionnette bleue");
        _get(Button.class, spec -> spec.withText("Changer le mot de passe")).click();

        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Confirmez le nouveau mot de passe"))
                .getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(next.isInvalid()).isFalse();
        assertThat(next.getValue()).as("what was typed stays").isEqualTo("la camionnette bleue");
    }
}

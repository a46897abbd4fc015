package org.coopole.common.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;

import java.util.Optional;

/** A new password typed twice, as the invitation and reset pages ask for it. */
public class NewPasswordFields extends Composite<Div> {

    private final PasswordField password = new PasswordField();
    private final PasswordField confirm = new PasswordField();

    /**
     * @param minLength shown in the helper text
     * @param maxLength the browser refuses more
     */
    public NewPasswordFields(int minLength, int maxLength) {
        password.setLabel(getTranslation("security.password.new"));
        password.setHelperText(getTranslation("security.password.rules", minLength));
        org.coopole.common.ui.TextLimits.limit(password, maxLength);
        password.setWidthFull();
        confirm.setLabel(getTranslation("security.password.confirm"));
        org.coopole.common.ui.TextLimits.limit(confirm, maxLength);
        confirm.setWidthFull();
        getContent().add(password, confirm);
    }

    /** The new password, or empty with a message when the two entries differ. */
    public Optional<String> read() {
        password.setInvalid(false);
        confirm.setInvalid(false);
        if (!password.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(getTranslation("security.password.mismatch"));
            confirm.setInvalid(true);
            return Optional.empty();
        }
        return Optional.of(password.getValue());
    }

    /** Shows why the service refused the password; what was typed stays. */
    public void refuse(String message) {
        password.setErrorMessage(message);
        password.setInvalid(true);
    }
}

package org.coopole.common.ui;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A text field's longest value, kept by the browser and, should a longer one arrive anyway, refused by the field
 * with the same words as the services use: "100 characters at most".
 */
public final class TextLimits {

    private TextLimits() {
    }

    public static void limit(TextField field, int max) {
        field.setMaxLength(max);
        TextField.TextFieldI18n i18n = field.getI18n() == null ? new TextField.TextFieldI18n() : field.getI18n();
        field.setI18n(i18n.setMaxLengthErrorMessage(field.getTranslation("validation.too-long", max)));
    }

    public static void limit(TextArea field, int max) {
        field.setMaxLength(max);
        TextArea.TextAreaI18n i18n = field.getI18n() == null ? new TextArea.TextAreaI18n() : field.getI18n();
        field.setI18n(i18n.setMaxLengthErrorMessage(field.getTranslation("validation.too-long", max)));
    }

    public static void limit(EmailField field, int max) {
        field.setMaxLength(max);
        EmailField.EmailFieldI18n i18n = field.getI18n() == null ? new EmailField.EmailFieldI18n() : field.getI18n();
        field.setI18n(i18n.setMaxLengthErrorMessage(field.getTranslation("validation.too-long", max)));
    }

    public static void limit(PasswordField field, int max) {
        field.setMaxLength(max);
        PasswordField.PasswordFieldI18n i18n =
                field.getI18n() == null ? new PasswordField.PasswordFieldI18n() : field.getI18n();
        field.setI18n(i18n.setMaxLengthErrorMessage(field.getTranslation("validation.too-long", max)));
    }
}

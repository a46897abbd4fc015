package org.coopole.organisation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import org.coopole.common.Email;
import org.coopole.common.InvalidField;
import org.coopole.common.Siret;
import org.coopole.common.TextRules;
import org.coopole.common.ui.FieldErrors;
import org.coopole.organisation.LegalForm;
import org.coopole.organisation.OrganisationData;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An organisation's profile; the browser checks what it can, the service checks everything again. */
class OrganisationForm extends Composite<FormLayout> {

    private final TextField name = new TextField();
    private final ComboBox<LegalForm> legalForm = new ComboBox<>();
    private final Checkbox ess = new Checkbox();
    private final TextField siret = new TextField();
    private final TextField address = new TextField();
    private final EmailField contactEmail = new EmailField();
    private final TextField phone = new TextField();
    private final TextArea description = new TextArea();
    private final TextField tags = new TextField();
    private final Binder<OrganisationData> binder = new Binder<>(OrganisationData.class);

    OrganisationForm(OrganisationData data) {
        name.setLabel(getTranslation("organisation.form.name"));
        org.coopole.common.ui.TextLimits.limit(name, OrganisationData.NAME_MAX);
        legalForm.setLabel(getTranslation("organisation.legal-form"));
        legalForm.setItems(LegalForm.values());
        legalForm.setItemLabelGenerator(f -> getTranslation(f.translationKey()));
        ess.setLabel(getTranslation("organisation.form.ess"));
        siret.setLabel(getTranslation("organisation.siret"));
        siret.setHelperText(getTranslation("organisation.form.siret-help"));
        org.coopole.common.ui.TextLimits.limit(siret, 17);
        address.setLabel(getTranslation("organisation.address"));
        org.coopole.common.ui.TextLimits.limit(address, OrganisationData.ADDRESS_MAX);
        contactEmail.setLabel(getTranslation("organisation.contact-email"));
        contactEmail.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));
        phone.setLabel(getTranslation("organisation.phone"));
        org.coopole.common.ui.TextLimits.limit(phone, TextRules.PHONE_MAX);
        description.setLabel(getTranslation("organisation.form.description"));
        org.coopole.common.ui.TextLimits.limit(description, OrganisationData.DESCRIPTION_MAX);
        tags.setLabel(getTranslation("organisation.directory.tag"));
        tags.setHelperText(getTranslation("organisation.form.tags-help"));

        binder.forField(name).asRequired(getTranslation("validation.required"))
                .withValidator(v -> !TextRules.hasMarkup(v), getTranslation("validation.no-markup")).bind("name");
        binder.forField(legalForm).asRequired(getTranslation("validation.required")).bind("legalForm");
        binder.forField(ess).bind("ess");
        binder.forField(siret).withValidator(v -> v.isBlank() || Siret.isValid(v),
                getTranslation("organisation.siret.invalid")).bind("siret");
        binder.forField(address).withValidator(v -> !TextRules.hasMarkup(v), getTranslation("validation.no-markup"))
                .bind("address");
        binder.forField(contactEmail).withValidator(v -> v.isBlank() || Email.isValid(v),
                getTranslation("validation.email")).bind("contactEmail");
        binder.forField(phone).withValidator(TextRules::isPhone, getTranslation("validation.phone")).bind("phone");
        binder.forField(description).withValidator(v -> !TextRules.hasMarkup(v),
                getTranslation("validation.no-markup")).bind("description");
        binder.forField(tags).withConverter(OrganisationForm::splitTags, list -> String.join(", ", list))
                .bind("tags");
        binder.readRecord(new OrganisationData(data.name(), data.legalForm(), data.ess(),
                nullToEmpty(data.siret()), nullToEmpty(data.address()), nullToEmpty(data.contactEmail()),
                nullToEmpty(data.phone()), nullToEmpty(data.description()), data.tags()));

        FormLayout form = getContent();
        form.add(name, legalForm, ess, siret, address, contactEmail, phone, tags, description);
        form.setColspan(description, 2);
    }

    Optional<OrganisationData> read() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** Shows a service's refusal next to its field; what was typed stays. */
    void show(InvalidField refusal) {
        Map<String, HasValidation> fields = Map.of("name", name, "legalForm", legalForm, "siret", siret,
                "address", address, "contactEmail", contactEmail, "phone", phone, "description", description,
                "tags", tags);
        FieldErrors.show(this, fields, refusal);
    }

    private static List<String> splitTags(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

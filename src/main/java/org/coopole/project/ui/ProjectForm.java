package org.coopole.project.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.coopole.common.InvalidField;
import org.coopole.common.ui.FieldErrors;
import org.coopole.project.Choice;
import org.coopole.common.OrganisationId;
import org.coopole.project.ProjectData;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The fields of a project: what it is, when, its themes, the lead organisation, and whether the pole reads all. */
class ProjectForm extends Div {

    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final TextField themes = new TextField();
    final ComboBox<Choice> lead = new ComboBox<>();
    final Checkbox openToPole = new Checkbox();

    ProjectForm(List<Choice> organisations) {
        addClassName("coopole-form");
        title.setLabel(getTranslation("project.title"));
        title.setMaxLength(ProjectData.TITLE_MAX);
        title.setRequired(true);
        title.setWidthFull();
        summary.setLabel(getTranslation("project.summary"));
        summary.setMaxLength(ProjectData.SUMMARY_MAX);
        summary.setWidthFull();
        startsOn.setLabel(getTranslation("project.starts-on"));
        endsOn.setLabel(getTranslation("project.ends-on"));
        startsOn.setLocale(getLocale());
        endsOn.setLocale(getLocale());
        themes.setLabel(getTranslation("project.themes"));
        themes.setHelperText(getTranslation("project.themes.help"));
        themes.setWidthFull();
        lead.setLabel(getTranslation("project.lead"));
        lead.setItems(organisations);
        lead.setItemLabelGenerator(Choice::name);
        lead.setRequired(true);
        lead.setWidthFull();
        openToPole.setLabel(getTranslation("project.open-to-pole"));
        add(title, summary, startsOn, endsOn, themes, lead, openToPole);
    }

    void show(ProjectData data, List<Choice> organisations) {
        title.setValue(data.title());
        summary.setValue(data.summary());
        startsOn.setValue(data.startsOn());
        endsOn.setValue(data.endsOn());
        themes.setValue(String.join(", ", data.themes()));
        organisations.stream().filter(o -> data.lead() != null && o.id().equals(data.lead().value())).findFirst()
                .ifPresent(lead::setValue);
        openToPole.setValue(data.openToPole());
    }

    ProjectData value() {
        return new ProjectData(title.getValue(), summary.getValue(), startsOn.getValue(), endsOn.getValue(),
                Arrays.stream(themes.getValue().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList(),
                lead.getValue() == null ? null : new OrganisationId(lead.getValue().id()), openToPole.getValue());
    }

    /** The refusal beside its field; what was typed stays. */
    void show(InvalidField refusal) {
        FieldErrors.show(this, Map.of("title", title, "summary", summary, "startsOn", startsOn, "endsOn", endsOn,
                "themes", themes, "lead", lead), refusal);
    }
}

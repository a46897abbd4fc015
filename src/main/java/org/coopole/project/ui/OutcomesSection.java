package org.coopole.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.coopole.common.Dates;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ui.FieldErrors;
import org.coopole.project.Choice;
import org.coopole.project.Outcome;
import org.coopole.project.OutcomeData;
import org.coopole.project.OutcomeKind;
import org.coopole.project.OutcomeStage;
import org.coopole.project.OutcomeUnit;
import org.coopole.project.ProjectActivityService;
import org.coopole.project.ProjectPage;

import java.text.NumberFormat;
import java.util.List;
import java.util.Map;

/**
 * A project's outcomes, expected and achieved, each dated and with its organisation; the editors report for any of
 * the project's organisations, a partner's managers for their own; an animator adds a kind for the pole.
 */
class OutcomesSection extends Div {

    OutcomesSection(ProjectActivityService activity, PoleId poleId, ProjectPage page, List<Outcome> outcomes,
                    boolean mayReport, boolean animator, java.time.LocalDate today, Runnable reload) {
        if (outcomes.isEmpty()) {
            add(new Paragraph(getTranslation("project.outcome.none")));
        }
        NumberFormat numbers = NumberFormat.getNumberInstance(getLocale());
        for (Outcome outcome : outcomes) {
            String line = name(outcome.kind()) + " · " + getTranslation(outcome.stage().translationKey()) + " · "
                    + numbers.format(outcome.amount()) + (outcome.kind().unit() == OutcomeUnit.COUNT ? ""
                    : " " + getTranslation(outcome.kind().unit().translationKey()))
                    + " · " + Dates.format(outcome.on(), getLocale()) + " · " + outcome.organisationName()
                    + (outcome.note().isBlank() ? "" : " — " + outcome.note());
            Div row = ProjectParts.row(new Span(line));
            if (outcome.removable()) {
                row.add(ProjectParts.small(getTranslation("project.partner.remove"),
                        getTranslation("project.outcome.remove-label", name(outcome.kind())), true, e -> {
                            activity.removeOutcome(poleId, outcome.id());
                            reload.run();
                        }));
            }
            add(row);
        }
        if (mayReport) {
            add(reportForm(activity, poleId, page, today, reload));
        }
        if (animator) {
            add(kindForm(activity, poleId, reload));
        }
    }

    private String name(OutcomeKind kind) {
        return kind.translationKey() == null ? kind.name() : getTranslation(kind.translationKey());
    }

    private Div reportForm(ProjectActivityService activity, PoleId poleId, ProjectPage page,
                           java.time.LocalDate today, Runnable reload) {
        ComboBox<OutcomeKind> kind = new ComboBox<>(getTranslation("project.outcome.kind"));
        kind.setItems(activity.outcomeKinds(poleId));
        kind.setItemLabelGenerator(k -> k == null ? "" : name(k) + " (" + getTranslation(k.unit().translationKey()) + ")");
        ComboBox<Choice> organisation = new ComboBox<>(getTranslation("project.organisation"));
        organisation.setItems(ProjectParts.organisations(page));
        organisation.setItemLabelGenerator(Choice::name);
        organisation.setVisible(page.editable()); // a partner's manager reports for their own organisation
        RadioButtonGroup<OutcomeStage> stage = new RadioButtonGroup<>(getTranslation("project.outcome.stage"));
        stage.setItems(OutcomeStage.values());
        stage.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        stage.setValue(OutcomeStage.ACHIEVED);
        BigDecimalField amount = new BigDecimalField(getTranslation("project.outcome.amount"));
        DatePicker on = new DatePicker(getTranslation("project.outcome.on"));
        on.setLocale(getLocale());
        on.setValue(today);
        TextField note = new TextField(getTranslation("project.outcome.note"));
        note.setMaxLength(OutcomeData.NOTE_MAX);
        note.setWidthFull();
        Button report = new Button(getTranslation("project.outcome.report"), e -> {
            try {
                activity.reportOutcome(poleId, page.id(), new OutcomeData(kind.getValue() == null ? null
                        : kind.getValue().id(), ProjectParts.organisation(organisation.getValue()), stage.getValue(),
                        amount.getValue(), on.getValue(), note.getValue()));
                reload.run();
            } catch (InvalidField refusal) {
                FieldErrors.show(this, Map.of("kind", kind, "organisation", organisation, "stage", stage,
                        "amount", amount, "on", on, "note", note), refusal);
            }
        });
        report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return ProjectParts.form(this, "project.outcome.report", kind, organisation, stage, amount, on, note, report);
    }

    private Div kindForm(ProjectActivityService activity, PoleId poleId, Runnable reload) {
        TextField name = new TextField(getTranslation("project.outcome.kind.name"));
        name.setMaxLength(OutcomeKind.NAME_MAX);
        Select<OutcomeUnit> unit = new Select<>();
        unit.setLabel(getTranslation("project.outcome.kind.unit"));
        unit.setItems(OutcomeUnit.values());
        unit.setItemLabelGenerator(u -> u == null ? "" : getTranslation(u.translationKey()));
        unit.setValue(OutcomeUnit.COUNT);
        Button add = new Button(getTranslation("project.outcome.kind.add"), e -> {
            try {
                activity.addOutcomeKind(poleId, name.getValue(), unit.getValue());
                reload.run();
            } catch (InvalidField refusal) {
                FieldErrors.show(this, Map.of("name", name, "unit", unit), refusal);
            }
        });
        Div form = ProjectParts.form(this, "project.outcome.kind.add", name, unit, add);
        form.add(new Paragraph(getTranslation("project.outcome.kind.help")));
        return form;
    }
}

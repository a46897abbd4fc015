package org.coopole.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.coopole.common.Dates;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ui.FieldErrors;
import org.coopole.common.ui.Tags;
import org.coopole.project.Milestone;
import org.coopole.project.ProjectActivityService;
import org.coopole.project.ProjectPage;

import java.time.LocalDate;
import java.util.Map;

/** A project's milestones by due date, reached or overdue; its editors add, mark and remove them. */
class MilestonesSection extends Div {

    MilestonesSection(ProjectActivityService activity, PoleId poleId, ProjectPage page,
                      java.util.List<Milestone> milestones, LocalDate today, Runnable reload) {
        if (milestones.isEmpty()) {
            add(new Paragraph(getTranslation("project.milestone.none")));
        }
        for (Milestone milestone : milestones) {
            Div row = ProjectParts.row(new Span(milestone.title() + " · " + getTranslation("project.milestone.due",
                    Dates.format(milestone.dueOn(), getLocale()))));
            if (milestone.doneOn() != null) {
                row.add(Tags.tag(getTranslation("project.milestone.done", Dates.format(milestone.doneOn(), getLocale()))));
            } else if (milestone.overdue(today)) {
                Span late = Tags.tag(getTranslation("project.milestone.overdue"));
                late.addClassName("coopole-tag-warning");
                row.add(late);
            }
            if (page.editable()) {
                Checkbox done = new Checkbox(getTranslation("project.milestone.reached"), milestone.doneOn() != null);
                done.setAriaLabel(getTranslation("project.milestone.reached-label", milestone.title()));
                done.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        activity.markMilestone(poleId, milestone.id(), e.getValue());
                        reload.run();
                    }
                });
                row.add(done, ProjectParts.small(getTranslation("project.partner.remove"),
                        getTranslation("project.milestone.remove-label", milestone.title()), true, e -> {
                            activity.removeMilestone(poleId, milestone.id());
                            reload.run();
                        }));
            }
            add(row);
        }
        if (page.editable()) {
            TextField title = new TextField(getTranslation("project.milestone.title"));
            title.setMaxLength(Milestone.TITLE_MAX);
            DatePicker due = new DatePicker(getTranslation("project.milestone.due-on"));
            due.setLocale(getLocale());
            Button add = new Button(getTranslation("project.milestone.add"), e -> {
                try {
                    activity.addMilestone(poleId, page.id(), title.getValue(), due.getValue());
                    reload.run();
                } catch (InvalidField refusal) {
                    FieldErrors.show(this, Map.of("title", title, "dueOn", due), refusal);
                }
            });
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div form = ProjectParts.form(this, "project.milestone.add", title, due, add);
            form.add(new Paragraph(getTranslation("project.milestone.help")));
            add(form);
        }
    }
}

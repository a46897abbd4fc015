package org.coopole.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import org.coopole.common.OrganisationId;
import org.coopole.project.Choice;
import org.coopole.project.ProjectPage;

import java.util.ArrayList;
import java.util.List;

/** What the project page's sections share: a titled section, small buttons, the project's organisations. */
final class ProjectParts {

    private ProjectParts() {
    }

    static Div section(Component screen, String anchor, String titleKey, Component... content) {
        Div section = new Div(new H2(screen.getTranslation(titleKey)));
        section.add(content);
        section.addClassName("coopole-project-section");
        section.setId(anchor);
        return section;
    }

    static Div form(Component screen, String titleKey, Component... fields) {
        Div form = new Div(new H3(screen.getTranslation(titleKey)));
        form.add(fields);
        form.addClassName("coopole-form");
        return form;
    }

    static Button small(String text, String ariaLabel, boolean danger,
                        com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        Button button = new Button(text, click);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (danger) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        if (ariaLabel != null) {
            button.setAriaLabel(ariaLabel);
        }
        return button;
    }

    static Div row(Component... parts) {
        Div row = new Div(parts);
        row.addClassName("coopole-partner");
        return row;
    }

    /** The lead and the member partners, to say for which organisation a figure or hours are reported. */
    static List<Choice> organisations(ProjectPage page) {
        List<Choice> all = new ArrayList<>();
        all.add(new Choice(page.data().lead().value(), page.leadName()));
        for (ProjectPage.Partner partner : page.partners()) {
            if (partner.organisation() != null) {
                all.add(new Choice(partner.organisation().value(), partner.name()));
            }
        }
        return all;
    }

    static OrganisationId organisation(Choice choice) {
        return choice == null ? null : new OrganisationId(choice.id());
    }
}

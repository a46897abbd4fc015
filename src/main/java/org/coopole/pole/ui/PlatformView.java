package org.coopole.pole.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.coopole.common.Dates;
import org.coopole.common.InvalidField;
import org.coopole.common.ui.FieldErrors;
import org.coopole.pole.NewPole;
import org.coopole.pole.PoleOverview;
import org.coopole.pole.PoleService;
import org.coopole.security.Roles;

import java.util.List;
import java.util.Map;
import com.vaadin.flow.component.html.Span;
import org.coopole.common.ui.CompactGrid;

/** The platform administrator's page: the poles, with their member counts only, and creating a pole. */
@Route("platform")
@Menu(order = 100, icon = "vaadin:globe", title = "pole.platform.nav")
@RolesAllowed(Roles.PLATFORM_ADMIN)
class PlatformView extends Div implements HasDynamicTitle {

    /** The legal forms a pole's carrying organisation may have, by name (as the organisation feature spells them). */
    private static final List<String> CARRIER_FORMS = List.of("ASSOCIATION", "SCOP", "SCIC", "LOCAL_AUTHORITY", "OTHER");

    private final PoleService poles;
    private final Grid<PoleOverview> grid = new Grid<>();

    PlatformView(PoleService poles) {
        this.poles = poles;
        addClassName("coopole-page");
        grid.addColumn(PoleOverview::name).setHeader(getTranslation("pole.form.name")).setFlexGrow(2);
        grid.addColumn(PoleOverview::territory).setHeader(getTranslation("pole.form.territory"));
        grid.addColumn(p -> Dates.format(p.createdOn(), getLocale())).setHeader(getTranslation("pole.platform.created"))
                .setAutoWidth(true);
        grid.addColumn(PoleOverview::activeMembers).setHeader(getTranslation("pole.platform.members"))
                .setAutoWidth(true).setFlexGrow(0);
        CompactGrid.summarise(grid, 700, getTranslation("pole.form.name"), p -> List.of(
                new Span(p.name()), CompactGrid.hint(p.territory()),
                CompactGrid.hint(getTranslation("pole.platform.summary", Dates.format(p.createdOn(), getLocale()),
                        p.activeMembers()))));
        grid.setAllRowsVisible(true);
        Button create = new Button(getTranslation("pole.platform.create"), VaadinIcon.PLUS.create(), click -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("pole.platform.title")), new Paragraph(getTranslation("pole.platform.intro")),
                create, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(poles.overview());
    }

    private void openCreate() {
        Dialog dialog = new Dialog(getTranslation("pole.platform.create"));
        dialog.setWidth("min(48rem, 95vw)");
        TextField name = new TextField(getTranslation("pole.form.name"));
        org.coopole.common.ui.TextLimits.limit(name, 200);
        TextField territory = new TextField(getTranslation("pole.form.territory"));
        org.coopole.common.ui.TextLimits.limit(territory, 200);
        TextArea description = new TextArea(getTranslation("pole.form.description"));
        org.coopole.common.ui.TextLimits.limit(description, 4000);
        TextField carrier = new TextField(getTranslation("pole.platform.carrier"));
        org.coopole.common.ui.TextLimits.limit(carrier, 200);
        Select<String> form = new Select<>();
        form.setLabel(getTranslation("organisation.legal-form"));
        form.setItems(CARRIER_FORMS);
        form.setItemLabelGenerator(f -> getTranslation("organisation.legal-form." + f));
        form.setValue("ASSOCIATION");
        Checkbox ess = new Checkbox(getTranslation("organisation.form.ess"), true);
        TextField first = new TextField(getTranslation("pole.platform.animator-first-name"));
        TextField last = new TextField(getTranslation("pole.platform.animator-last-name"));
        EmailField email = new EmailField(getTranslation("pole.platform.animator-email"));
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));
        Map<String, HasValidation> fields = Map.of("name", name, "territory", territory, "description", description,
                "carrierName", carrier, "carrierLegalForm", form, "animatorFirstName", first, "animatorLastName", last,
                "animatorEmail", email);
        Button save = new Button(getTranslation("pole.platform.create-send"), click -> {
            FieldErrors.clear(fields);
            try {
                poles.create(new NewPole(name.getValue(), territory.getValue(), description.getValue(),
                        carrier.getValue(), form.getValue(), ess.getValue(), first.getValue(), last.getValue(),
                        email.getValue()));
                dialog.close();
                refresh();
                Notification.show(getTranslation("organisation.invite.sent", email.getValue()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidField refusal) {
                FieldErrors.show(this, fields, refusal);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout layout = new FormLayout(name, territory, description, new H3(getTranslation("pole.platform.first-animator")),
                carrier, form, ess, first, last, email);
        layout.setColspan(description, 2);
        dialog.add(layout);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pole.platform.page-title");
    }
}

package org.coopole.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coopole.common.Dates;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ui.FieldErrors;
import org.coopole.common.ui.Locales;
import org.coopole.privacy.ErasureRequest;
import org.coopole.privacy.PersonalDataService;
import org.coopole.privacy.Retention;
import org.coopole.security.Account;
import org.coopole.security.CurrentAccount;
import org.coopole.security.ForPoleRoles;
import org.coopole.security.PoleRole;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * "Données personnelles": the erasure requests an animator (all of the pole's) or a manager (their organisation's
 * people's) confirms; for animators, how long the pole keeps audit entries, messages and notifications.
 */
@Route("personal-data")
@Menu(order = 87, icon = "vaadin:user-check", title = "privacy.admin.nav")
@ForPoleRoles({PoleRole.ANIMATOR, PoleRole.ORGANISATION_MANAGER})
@PermitAll
class PersonalDataAdminView extends Div implements HasDynamicTitle {

    private final PersonalDataService data;
    private final PoleId poleId;
    private final Div requests = new Div();

    PersonalDataAdminView(CurrentAccount current, PersonalDataService data) {
        this.data = data;
        this.poleId = current.pole().map(Account.PoleMembership::poleId).orElseThrow();
        boolean animator = current.pole().map(p -> p.roles().contains(PoleRole.ANIMATOR)).orElse(false);
        addClassName("coopole-page");
        add(new H1(getTranslation("privacy.admin.title")), new H2(getTranslation("privacy.admin.requests")),
                new Paragraph(getTranslation("privacy.admin.requests.intro")), requests);
        showRequests();
        if (animator) {
            add(new H2(getTranslation("privacy.retention.title")),
                    new Paragraph(getTranslation("privacy.retention.intro")), retention());
        }
    }

    private void showRequests() {
        requests.removeAll();
        List<ErasureRequest> waiting = data.erasureRequests(poleId);
        if (waiting.isEmpty()) {
            requests.add(new Paragraph(getTranslation("privacy.admin.requests.none")));
            return;
        }
        var format = Dates.dateTimes(Locales.of(this), ZoneId.of("Europe/Paris"));
        Grid<ErasureRequest> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ErasureRequest::personName).setHeader(getTranslation("privacy.admin.person")).setFlexGrow(2);
        grid.addColumn(ErasureRequest::organisationName).setHeader(getTranslation("privacy.admin.organisation"))
                .setFlexGrow(2);
        grid.addColumn(r -> format.format(r.requestedAt())).setHeader(getTranslation("privacy.admin.requested"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button erase = new Button(getTranslation("privacy.admin.erase"), e -> confirm(r));
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            erase.setAriaLabel(getTranslation("privacy.admin.erase-label", r.personName()));
            return erase;
        }).setHeader(getTranslation("privacy.admin.action")).setAutoWidth(true);
        grid.setItems(waiting);
        requests.add(grid);
    }

    private void confirm(ErasureRequest request) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("privacy.admin.erase-label", request.personName()));
        dialog.setText(getTranslation("privacy.admin.erase-text", request.personName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("privacy.admin.erase-yes"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            data.confirmErasure(poleId, request.id());
            Notification.show(getTranslation("privacy.admin.erased"), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showRequests();
        });
        dialog.open();
    }

    private Div retention() {
        Retention now = data.retention(poleId);
        IntegerField audit = days("privacy.retention.audit", now.auditDays(), Retention.MIN_AUDIT_DAYS);
        IntegerField messages = days("privacy.retention.messages", now.messageDays(), Retention.MIN_MESSAGE_DAYS);
        IntegerField notifications = days("privacy.retention.notifications", now.notificationDays(),
                Retention.MIN_NOTIFICATION_DAYS);
        Map<String, IntegerField> fields = Map.of("auditDays", audit, "messageDays", messages, "notificationDays",
                notifications);
        Button save = new Button(getTranslation("privacy.retention.save"), e -> {
            FieldErrors.clear(fields);
            try {
                for (var field : fields.entrySet()) {
                    if (field.getValue().getValue() == null && field.getValue().isInvalid()) {
                        throw new InvalidField(field.getKey(), "privacy.retention.range", 1, Retention.MAX_DAYS);
                    }
                }
                data.setRetention(poleId, new Retention(audit.getValue(), messages.getValue(),
                        notifications.getValue()));
                Notification.show(getTranslation("privacy.retention.saved"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidField refusal) {
                FieldErrors.show(this, fields, refusal);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("retention-save");
        Div form = new Div(audit, messages, notifications, save);
        form.addClassName("coopole-filters");
        return form;
    }

    private IntegerField days(String label, Integer value, int min) {
        IntegerField field = new IntegerField(getTranslation(label));
        field.setMin(min);
        field.setMax(Retention.MAX_DAYS);
        field.setValue(value);
        field.setPlaceholder(getTranslation("privacy.retention.forever"));
        field.setHelperText(getTranslation("privacy.retention.help", min));
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("privacy.retention.days")));
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.admin.page-title");
    }
}

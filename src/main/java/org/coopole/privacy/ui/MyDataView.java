package org.coopole.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ui.FieldErrors;
import org.coopole.privacy.PersonalDataService;
import org.coopole.security.Account;
import org.coopole.security.CurrentAccount;

import java.io.ByteArrayInputStream;
import java.util.Locale;

/**
 * "Mes données": the person downloads everything Coopole holds about them, and asks to be erased (or changes their
 * mind while it waits for confirmation).
 */
@Route("my-data")
@PermitAll
class MyDataView extends Div implements HasDynamicTitle {

    private final PersonalDataService data;
    private final PoleId poleId;
    private final Div erasure = new Div();

    MyDataView(CurrentAccount current, PersonalDataService data) {
        this.data = data;
        this.poleId = current.pole().map(Account.PoleMembership::poleId).orElse(null);
        addClassName("coopole-page");
        Locale language = getLocale();
        String fileName = getTranslation("privacy.export.file") + ".zip";
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = data.export(language);
            return new DownloadResponse(new ByteArrayInputStream(zip), fileName, "application/zip", zip.length);
        }), getTranslation("privacy.export.download"));
        download.getElement().setAttribute("download", true);
        download.addClassName("coopole-button-link");
        download.setId("my-data-download");
        add(new H1(getTranslation("privacy.mine.title")), new Paragraph(getTranslation("privacy.export.intro")),
                download, new H2(getTranslation("privacy.erasure.title")),
                new Paragraph(getTranslation("privacy.erasure.intro")), erasure);
        showErasure();
    }

    private void showErasure() {
        erasure.removeAll();
        if (poleId == null) {
            erasure.add(new Paragraph(getTranslation("privacy.erasure.no-pole")));
            return;
        }
        if (data.erasureRequested(poleId)) {
            Button withdraw = new Button(getTranslation("privacy.erasure.withdraw"), e -> {
                data.withdrawErasure(poleId);
                Notification.show(getTranslation("privacy.erasure.withdrawn"), 4000,
                        Notification.Position.BOTTOM_START);
                showErasure();
            });
            erasure.add(new Paragraph(getTranslation("privacy.erasure.waiting")), withdraw);
            return;
        }
        Button ask = new Button(getTranslation("privacy.erasure.ask"), e -> confirm());
        ask.addThemeVariants(ButtonVariant.LUMO_ERROR);
        ask.setId("my-data-erase");
        erasure.add(ask);
    }

    private void confirm() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("privacy.erasure.confirm-title"));
        dialog.setText(getTranslation("privacy.erasure.confirm-text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("privacy.erasure.confirm-yes"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                data.requestErasure(poleId);
                Notification.show(getTranslation("privacy.erasure.requested"), 6000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidField refusal) {
                Notification.show(FieldErrors.message(this, refusal), 6000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            showErasure();
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.mine.page-title");
    }
}

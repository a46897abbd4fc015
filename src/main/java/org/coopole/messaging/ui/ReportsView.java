package org.coopole.messaging.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coopole.common.Dates;
import org.coopole.common.PoleId;
import org.coopole.common.ui.Locales;
import org.coopole.messaging.MessagingService;
import org.coopole.messaging.Report;
import org.coopole.resource.ResourceService;
import org.coopole.security.Account;
import org.coopole.security.CurrentAccount;
import org.coopole.security.ForPoleRoles;
import org.coopole.security.PoleRole;

import java.util.List;

/**
 * The pole's animators read what was reported in conversations they are not part of — the words the reporter saw
 * and why — and hide it from the conversation or keep it. Each decision goes to the audit trail.
 */
@Route("message-reports")
@Menu(order = 85, icon = "vaadin:flag-o", title = "messaging.reports.nav")
@ForPoleRoles(PoleRole.ANIMATOR)
@PermitAll
class ReportsView extends Div implements HasDynamicTitle {

    private final MessagingService messaging;
    private final PoleId poleId;
    private final java.time.ZoneId zone;
    private final Div reports = new Div();

    ReportsView(CurrentAccount current, MessagingService messaging, ResourceService resources) {
        this.messaging = messaging;
        this.poleId = current.pole().map(Account.PoleMembership::poleId).orElseThrow();
        this.zone = resources.timeZone(poleId);
        addClassName("coopole-page");
        reports.addClassName("coopole-reports");
        Paragraph intro = new Paragraph(getTranslation("messaging.reports.intro"));
        intro.addClassName("coopole-hint");
        add(new H1(getTranslation("messaging.reports.title")), intro, reports);
        show();
    }

    private void show() {
        reports.removeAll();
        List<Report> open = messaging.reports(poleId);
        if (open.isEmpty()) {
            reports.add(new Paragraph(getTranslation("messaging.reports.none")));
            return;
        }
        var format = Dates.dateTimes(Locales.of(this), zone);
        for (Report report : open) {
            Div card = new Div();
            card.addClassName("coopole-report");
            card.add(new H2(getTranslation(report.attachment() == null ? "messaging.reports.message-of"
                    : "messaging.reports.file-of", report.authorName())));
            Paragraph who = new Paragraph(getTranslation("messaging.reports.by", report.reporterName(),
                    format.format(report.at())));
            who.addClassName("coopole-hint");
            Div excerpt = new Div();
            excerpt.setText(report.excerpt()); // text, never markup
            excerpt.addClassName("coopole-message-quote");
            Paragraph reason = new Paragraph(getTranslation("messaging.reports.reason", report.reason()));
            Button hide = new Button(getTranslation("messaging.reports.hide"), e -> {
                messaging.hide(poleId, report.id());
                show();
            });
            hide.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.ERROR);
            hide.setAriaLabel(getTranslation("messaging.reports.hide-label", report.authorName()));
            Button keep = new Button(getTranslation("messaging.reports.keep"), e -> {
                messaging.keep(poleId, report.id());
                show();
            });
            keep.setAriaLabel(getTranslation("messaging.reports.keep-label", report.authorName()));
            Div actions = new Div(hide, keep);
            actions.addClassName("coopole-row-actions");
            card.add(who, excerpt, reason, actions);
            reports.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messaging.reports.page-title");
    }
}

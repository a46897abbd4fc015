package org.coopole.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coopole.api.PublicationService;
import org.coopole.api.PublicationSettings;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.common.ui.FieldErrors;
import org.coopole.mail.Mailer;
import org.coopole.security.Account;
import org.coopole.security.CurrentAccount;
import org.coopole.security.ForPoleRoles;
import org.coopole.security.PoleRole;

import java.util.List;
import java.util.Map;

/**
 * "Catalogue public": the animators publish the pole's catalogue for its own website and choose what it shows; the
 * page gives the code to paste into the website (an {@code <iframe>} that resizes itself) and the API's address.
 */
@Route("public-catalogue")
@Menu(order = 82, icon = "vaadin:globe-wire", title = "public.settings.nav")
@ForPoleRoles(PoleRole.ANIMATOR)
@PermitAll
class PublicCatalogueSettingsView extends Div implements HasDynamicTitle {

    PublicCatalogueSettingsView(CurrentAccount current, PublicationService publication, Mailer mailer) {
        PoleId poleId = current.pole().map(Account.PoleMembership::poleId).orElseThrow();
        PublicationSettings now = publication.settings(poleId);
        Map<ResourceId, String> resources = publication.resources(poleId);
        addClassName("coopole-page");
        Checkbox published = new Checkbox(getTranslation("public.settings.published"), now.published());
        published.setId("public-published");
        Checkbox rates = new Checkbox(getTranslation("public.settings.rates"), now.showRates());
        Checkbox busy = new Checkbox(getTranslation("public.settings.busy"), now.showBusy());
        MultiSelectComboBox<ResourceId> chosen = new MultiSelectComboBox<>(getTranslation("public.settings.resources"));
        chosen.setItems(List.copyOf(resources.keySet()));
        chosen.setItemLabelGenerator(r -> resources.getOrDefault(r, ""));
        chosen.setValue(now.resources());
        chosen.setHelperText(getTranslation("public.settings.resources.help"));
        chosen.setWidth("min(40rem, 100%)");
        String page = mailer.link("public/poles/" + poleId.value() + "/catalogue");
        Pre code = new Pre(org.coopole.api.Embed.code(page));
        code.addClassName("coopole-code");
        Anchor preview = new Anchor(page + "?lang=" + getLocale().getLanguage(),
                getTranslation("public.settings.preview"));
        preview.setTarget("_blank");
        Button save = new Button(getTranslation("public.settings.save"), e -> {
            try {
                publication.save(poleId, new PublicationSettings(published.getValue(), rates.getValue(),
                        busy.getValue(), chosen.getValue()));
                Notification.show(getTranslation("public.settings.saved"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidField refusal) {
                FieldErrors.show(this, Map.of("resources", chosen), refusal);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("public-save");
        add(new H1(getTranslation("public.settings.title")), new Paragraph(getTranslation("public.settings.intro")),
                published, new Div(rates), new Div(busy), chosen, new Div(save),
                new H2(getTranslation("public.settings.embed")), new Paragraph(getTranslation("public.settings.embed.help")),
                code, new Paragraph(preview),
                new H2(getTranslation("public.settings.api")),
                new Paragraph(getTranslation("public.settings.api.help", mailer.link("swagger-ui.html"),
                        mailer.link("api/v1/public/poles/" + poleId.value() + "/resources"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.settings.page-title");
    }
}

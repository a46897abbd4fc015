package org.coopole.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coopole.api.ApiScope;
import org.coopole.api.ApiToken;
import org.coopole.api.ApiTokenService;
import org.coopole.api.NewApiToken;
import org.coopole.common.Dates;
import org.coopole.common.InvalidField;
import org.coopole.common.ui.FieldErrors;
import org.coopole.common.ui.Locales;
import org.coopole.mail.Mailer;

import java.time.ZoneId;
import java.util.Map;

/**
 * "Jetons d'API": a person makes a personal token for the API (its secret shown once), read or read-write, and
 * revokes it; the list says when each was last used.
 */
@Route("api-tokens")
@PermitAll
class ApiTokensView extends Div implements HasDynamicTitle {

    private final ApiTokenService tokens;
    private final Div list = new Div();
    private final Div secret = new Div();

    ApiTokensView(ApiTokenService tokens, Mailer mailer) {
        this.tokens = tokens;
        addClassName("coopole-page");
        TextField name = new TextField(getTranslation("api.token.name"));
        name.setMaxLength(ApiTokenService.NAME_MAX);
        name.setHelperText(getTranslation("api.token.name.help"));
        name.setId("api-token-name");
        RadioButtonGroup<ApiScope> scope = new RadioButtonGroup<>(getTranslation("api.token.scope"));
        scope.setItems(ApiScope.values());
        scope.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        scope.setValue(ApiScope.READ);
        Button create = new Button(getTranslation("api.token.create"), e -> {
            FieldErrors.clear(Map.of("name", name));
            try {
                NewApiToken made = tokens.create(name.getValue(), scope.getValue());
                secret.removeAll();
                TextField shown = new TextField(getTranslation("api.token.secret"));
                shown.setValue(made.secret());
                shown.setReadOnly(true);
                shown.setWidthFull();
                shown.setId("api-token-secret");
                secret.add(new Paragraph(getTranslation("api.token.secret.help")), shown);
                name.clear();
                showTokens();
            } catch (InvalidField refusal) {
                FieldErrors.show(this, Map.of("name", name, "scope", name), refusal);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("api-token-create");
        Div form = new Div(name, scope, create);
        form.addClassName("coopole-filters");
        add(new H1(getTranslation("api.token.title")),
                new Paragraph(getTranslation("api.token.intro", mailer.link("swagger-ui.html"))), form, secret,
                new H2(getTranslation("api.token.mine")), list);
        showTokens();
    }

    private void showTokens() {
        list.removeAll();
        var mine = tokens.mine();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("api.token.none")));
            return;
        }
        var format = Dates.dateTimes(Locales.of(this), ZoneId.of("Europe/Paris"));
        Grid<ApiToken> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ApiToken::name).setHeader(getTranslation("api.token.name")).setFlexGrow(2);
        grid.addColumn(t -> getTranslation(t.scope().translationKey())).setHeader(getTranslation("api.token.scope"))
                .setAutoWidth(true);
        grid.addColumn(t -> format.format(t.createdAt())).setHeader(getTranslation("api.token.created"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("api.token.never") : format.format(t.lastUsedAt()))
                .setHeader(getTranslation("api.token.used")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            if (t.revokedAt() != null) {
                return new Paragraph(getTranslation("api.token.revoked", format.format(t.revokedAt())));
            }
            Button revoke = new Button(getTranslation("api.token.revoke"), e -> {
                tokens.revoke(t.id());
                Notification.show(getTranslation("api.token.revoked-now"), 4000, Notification.Position.BOTTOM_START);
                showTokens();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.setAriaLabel(getTranslation("api.token.revoke-label", t.name()));
            return revoke;
        }).setHeader(getTranslation("api.token.state")).setAutoWidth(true);
        grid.setItems(mine);
        list.add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api.token.page-title");
    }
}

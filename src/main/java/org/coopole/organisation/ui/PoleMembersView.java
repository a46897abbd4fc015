package org.coopole.organisation.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValueAndElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coopole.common.Dates;
import org.coopole.common.InvalidField;
import org.coopole.common.ui.FieldErrors;
import org.coopole.common.PoleId;
import org.coopole.organisation.DecreeMix;
import org.coopole.organisation.LegalForm;
import org.coopole.organisation.MembershipService;
import org.coopole.organisation.NewMember;
import org.coopole.organisation.OwnMembership;
import org.coopole.organisation.PoleMember;
import org.coopole.organisation.PolePerson;
import org.coopole.pole.MembershipStatus;
import org.coopole.pole.Pole;
import org.coopole.pole.PoleData;
import org.coopole.pole.PoleService;
import org.coopole.security.Account;
import org.coopole.security.ForPoleRoles;
import org.coopole.security.PoleRole;

import java.util.Map;
import java.util.Objects;
import org.coopole.common.ui.CompactGrid;
import org.coopole.security.CurrentAccount;

/** The animator's page: the decree's mix, admitting and ending memberships, requests, animators, the pole's profile. */
@Route("pole")
@Menu(order = 80, icon = "vaadin:sitemap", title = "pole.admin.nav")
@ForPoleRoles(PoleRole.ANIMATOR)
@PermitAll
class PoleMembersView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MembershipService memberships;
    private final PoleService poles;
    private final PoleId poleId;
    private final org.coopole.common.OrganisationId ownOrganisation;
    private final Div mix = new Div();
    private final Grid<PoleMember> members = new Grid<>();
    private final Grid<PolePerson> people = new Grid<>();

    /** The person and their current pole, read once for this navigation. */
    private final CurrentAccount current;

    PoleMembersView(CurrentAccount current, MembershipService memberships, PoleService poles) {
        this.current = current;
        this.memberships = memberships;
        this.poles = poles;
        addClassName("coopole-page");
        Account me = current.get();
        this.ownOrganisation = me.organisationId();
        Account.PoleMembership pole = me.currentPole().orElse(null);
        this.poleId = pole == null || !pole.roles().contains(PoleRole.ANIMATOR) ? null : pole.poleId();
        if (poleId == null) {
            return;
        }
        Button admit = new Button(getTranslation("pole.admin.admit"), VaadinIcon.PLUS.create(), click -> openAdmit());
        admit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button profile = new Button(getTranslation("pole.admin.profile"), VaadinIcon.EDIT.create(),
                click -> openProfile());
        Div actions = new Div(admit, profile);
        actions.addClassName("coopole-actions");

        members.addColumn(PoleMember::name).setHeader(getTranslation("organisation.directory.column.name"))
                .setFlexGrow(2);
        members.addColumn(m -> getTranslation(m.legalForm().translationKey()))
                .setHeader(getTranslation("organisation.legal-form"));
        members.addColumn(m -> m.ess() ? getTranslation("organisation.ess") : "")
                .setHeader(getTranslation("organisation.ess")).setAutoWidth(true).setFlexGrow(0);
        members.addColumn(m -> getTranslation(m.status().translationKey()))
                .setHeader(getTranslation("pole.admin.status")).setAutoWidth(true);
        members.addColumn(m -> Dates.format(m.joinedOn(), getLocale()))
                .setHeader(getTranslation("pole.admin.joined")).setAutoWidth(true);
        members.addColumn(m -> Dates.format(m.leftOn(), getLocale()))
                .setHeader(getTranslation("pole.admin.left")).setAutoWidth(true);
        var actionsColumn = members.addComponentColumn(this::memberActions).setKey("actions").setAutoWidth(true)
                .setFlexGrow(0);
        CompactGrid.summarise(members, CompactGrid.WIDE,
                getTranslation("organisation.directory.column.name"), m -> java.util.List.of(
                        new Span(m.name()),
                        CompactGrid.hint(getTranslation(m.legalForm().translationKey())
                                + (m.ess() ? " · " + getTranslation("organisation.ess") : "")),
                        CompactGrid.hint(getTranslation(m.status().translationKey())
                                + (m.leftOn() != null ? " · " + getTranslation("pole.admin.left-on",
                                Dates.format(m.leftOn(), getLocale()))
                                : m.joinedOn() != null ? " · " + getTranslation("pole.admin.joined-on",
                                Dates.format(m.joinedOn(), getLocale())) : ""))), actionsColumn);
        members.setAllRowsVisible(true);

        people.addColumn(PolePerson::name).setHeader(getTranslation("organisation.people.name"));
        people.addColumn(p -> Objects.requireNonNullElse(p.organisationName(), ""))
                .setHeader(getTranslation("organisation.directory.column.name"));
        var animatorColumn = people.addComponentColumn(this::animatorSwitch)
                .setHeader(getTranslation("security.role.ANIMATOR")).setAutoWidth(true).setFlexGrow(0);
        CompactGrid.summarise(people, 700, getTranslation("organisation.people.name"),
                p -> java.util.List.of(new Span(p.name()),
                        CompactGrid.hint(Objects.requireNonNullElse(p.organisationName(), ""))),
                animatorColumn);
        people.setAllRowsVisible(true);

        add(new H1(pole.poleName()), mix, actions, new H2(getTranslation("pole.admin.members")), members,
                new H2(getTranslation("pole.admin.animators")), people);
        refresh();
    }

    private void refresh() {
        DecreeMix decree = memberships.decreeMix(poleId);
        mix.removeAll();
        Card card = new Card();
        card.addClassName(decree.meetsDecree() ? "coopole-decree-ok" : "coopole-decree-missing");
        card.setTitle(getTranslation(decree.meetsDecree() ? "organisation.decree.ok" : "organisation.decree.not-yet"));
        card.add(new Paragraph(getTranslation("organisation.decree.counts", decree.activeMembers(),
                decree.essEnterprises(), decree.otherEnterprises(), decree.otherActors())));
        if (!decree.meetsDecree()) {
            UnorderedList missing = new UnorderedList();
            decree.missing().forEach(m -> missing.add(new ListItem(getTranslation(m.translationKey()))));
            card.add(missing);
        }
        mix.add(card);
        members.setItems(memberships.members(poleId));
        people.setItems(memberships.people(poleId));
    }

    private Component memberActions(PoleMember member) {
        Div actions = new Div();
        if (member.status() == MembershipStatus.REQUESTED) {
            Span who = new Span(getTranslation("pole.admin.requested-by", Objects.requireNonNullElse(member.requestedBy(), "")));
            Button accept = new Button(getTranslation("pole.admin.accept"), click -> {
                memberships.acceptRequest(poleId, member.id());
                refresh();
            });
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            accept.setAriaLabel(getTranslation("pole.admin.accept-label", member.name()));
            Button decline = new Button(getTranslation("pole.admin.decline"), click -> {
                memberships.end(poleId, member.id());
                refresh();
            });
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            decline.setAriaLabel(getTranslation("pole.admin.decline-label", member.name()));
            actions.add(who, accept, decline);
        } else if (member.status() == MembershipStatus.ACTIVE && member.id().equals(ownOrganisation)) {
            // the animator's own organisation: ending it is refused, so it is not offered
            actions.add(new Span(getTranslation("pole.admin.own-organisation")));
        } else if (member.status() == MembershipStatus.ACTIVE) {
            Button end = new Button(getTranslation("pole.admin.end"), click -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("pole.admin.end.title"),
                        getTranslation("pole.admin.end.text", member.name()), getTranslation("pole.admin.end"), yes -> {
                            try {
                                memberships.end(poleId, member.id());
                                refresh();
                            } catch (OwnMembership e) {
                                warn("pole.admin.own-membership");
                            }
                        });
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("common.cancel"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            end.setAriaLabel(getTranslation("pole.admin.end-label", member.name()));
            actions.add(end);
        }
        return actions;
    }

    private Checkbox animatorSwitch(PolePerson person) {
        Checkbox animator = new Checkbox(person.animator());
        animator.setAriaLabel(getTranslation("security.role.ANIMATOR") + " " + person.name());
        animator.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                memberships.setAnimator(poleId, person.id(), change.getValue());
            } catch (OwnMembership e) {
                warn("pole.admin.last-animator");
            }
            refresh();
        });
        return animator;
    }

    private void openAdmit() {
        Dialog dialog = new Dialog(getTranslation("pole.admin.admit"));
        TextField name = new TextField(getTranslation("organisation.form.name"));
        org.coopole.common.ui.TextLimits.limit(name, 200);
        ComboBox<LegalForm> form = new ComboBox<>(getTranslation("organisation.legal-form"));
        form.setItems(LegalForm.values());
        form.setItemLabelGenerator(f -> getTranslation(f.translationKey()));
        Checkbox ess = new Checkbox(getTranslation("organisation.form.ess"));
        TextField first = new TextField(getTranslation("pole.admin.manager-first-name"));
        TextField last = new TextField(getTranslation("pole.admin.manager-last-name"));
        EmailField email = new EmailField(getTranslation("pole.admin.manager-email"));
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));
        org.coopole.common.ui.TextLimits.limit(first, org.coopole.common.TextRules.NAME_MAX);
        org.coopole.common.ui.TextLimits.limit(last, org.coopole.common.TextRules.NAME_MAX);
        org.coopole.common.ui.TextLimits.limit(email, org.coopole.common.Email.MAX_LENGTH);
        for (HasValueAndElement<?, ?> required : java.util.List.<HasValueAndElement<?, ?>>of(name, form, first, last, email)) {
            required.setRequiredIndicatorVisible(true);
        }
        Map<String, HasValidation> fields = Map.of("organisationName", name, "legalForm", form,
                "managerFirstName", first, "managerLastName", last, "managerEmail", email);
        Button save = new Button(getTranslation("pole.admin.admit-send"), click -> {
            FieldErrors.clear(fields);
            try {
                memberships.admit(poleId, new NewMember(name.getValue(), form.getValue(), ess.getValue(),
                        first.getValue(), last.getValue(), email.getValue()));
                dialog.close();
                refresh();
                Notification.show(getTranslation("organisation.invite.sent", email.getValue()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidField refusal) {
                FieldErrors.show(this, fields, refusal);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout layout = new FormLayout(name, form, ess, new Span(), first, last, email);
        dialog.add(new Paragraph(getTranslation("pole.admin.admit-intro")), layout);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void openProfile() {
        Pole pole = poles.profile(poleId).orElseThrow();
        Dialog dialog = new Dialog(getTranslation("pole.admin.profile"));
        dialog.setWidth("min(48rem, 95vw)");
        TextField name = new TextField(getTranslation("pole.form.name"), pole.name(), "");
        org.coopole.common.ui.TextLimits.limit(name, PoleData.NAME_MAX);
        TextField territory = new TextField(getTranslation("pole.form.territory"), pole.territory(), "");
        org.coopole.common.ui.TextLimits.limit(territory, PoleData.TERRITORY_MAX);
        TextArea description = new TextArea(getTranslation("pole.form.description"), pole.description(), "");
        org.coopole.common.ui.TextLimits.limit(description, PoleData.DESCRIPTION_MAX);
        TextArea charter = new TextArea(getTranslation("pole.form.charter"), pole.charter(), "");
        org.coopole.common.ui.TextLimits.limit(charter, PoleData.CHARTER_MAX);
        charter.setMinHeight("10rem");
        Map<String, HasValidation> fields = Map.of("name", name, "territory", territory, "description", description,
                "charter", charter);
        Button save = new Button(getTranslation("security.profile.save"), click -> {
            FieldErrors.clear(fields);
            try {
                poles.updateProfile(poleId, new PoleData(name.getValue(), territory.getValue(),
                        description.getValue(), charter.getValue()));
                dialog.close();
                Notification.show(getTranslation("pole.form.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidField refusal) {
                FieldErrors.show(this, fields, refusal);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout layout = new FormLayout(name, territory, description, charter);
        layout.setColspan(description, 2);
        layout.setColspan(charter, 2);
        dialog.add(layout);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void warn(String key) {
        Notification.show(getTranslation(key)).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (poleId == null) {
            // not an animator here: as if the page did not exist
            throw new NotFoundException();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pole.admin.page-title");
    }
}

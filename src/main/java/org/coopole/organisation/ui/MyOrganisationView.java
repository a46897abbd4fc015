package org.coopole.organisation.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.coopole.common.ui.BoundedUpload;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coopole.common.InvalidField;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.organisation.InvitationService;
import org.coopole.organisation.JoinablePole;
import org.coopole.organisation.Logo;
import org.coopole.organisation.MembershipService;
import org.coopole.organisation.ManagerRequired;
import org.coopole.organisation.Organisation;
import org.coopole.organisation.OrganisationPage;
import org.coopole.organisation.OrganisationService;
import org.coopole.security.Account;
import org.coopole.security.ForPoleRoles;
import org.coopole.security.PoleRole;

import java.util.Objects;
import java.util.stream.Collectors;
import org.coopole.common.ui.CompactGrid;
import org.coopole.security.CurrentAccount;

/** The organisation manager's page: the organisation's people, and inviting new ones. */
@Route("my-organisation")
@Menu(order = 20, icon = "vaadin:building", title = "organisation.mine.nav")
@ForPoleRoles(PoleRole.ORGANISATION_MANAGER)
@PermitAll
class MyOrganisationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final OrganisationService organisations;
    private final InvitationService invitations;
    private final MembershipService memberships;
    private final PoleId poleId;
    private final Grid<OrganisationPage.Member> people = new Grid<>();
    private final Organisation organisation;
    private final PersonId me;
    private final boolean manager;

    /** The person and their current pole, read once for this navigation. */
    private final CurrentAccount current;

    MyOrganisationView(CurrentAccount current, OrganisationService organisations, InvitationService invitations,
                       MembershipService memberships) {
        this.current = current;
        this.organisations = organisations;
        this.invitations = invitations;
        this.memberships = memberships;
        addClassName("coopole-page");
        Account account = current.get();
        this.me = account.id();
        Account.PoleMembership pole = account.currentPole().orElse(null);
        this.manager = pole != null && pole.roles().contains(PoleRole.ORGANISATION_MANAGER);
        this.poleId = manager ? pole.poleId() : null;
        this.organisation = manager ? organisations.own().orElse(null) : null;
        if (organisation == null) {
            return;
        }

        Button invite = new Button(getTranslation("organisation.invite.open"), VaadinIcon.ENVELOPE.create(),
                click -> openInvitation());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button edit = new Button(getTranslation("organisation.form.open"), VaadinIcon.EDIT.create(),
                click -> openProfile());
        Div actions = new Div(invite, edit);
        actions.addClassName("coopole-actions");
        people.addColumn(OrganisationPage.Member::displayName).setHeader(getTranslation("organisation.people.name"));
        people.addColumn(m -> m.roles().stream().map(r -> getTranslation(r.translationKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("organisation.people.role"));
        people.addColumn(OrganisationPage.Member::email).setHeader(getTranslation("organisation.people.email"));
        people.addColumn(m -> Objects.requireNonNullElse(m.phone(), ""))
                .setHeader(getTranslation("organisation.people.phone"));
        var managerColumn = people.addComponentColumn(this::managerSwitch)
                .setHeader(getTranslation("organisation.people.manager")).setAutoWidth(true).setFlexGrow(0);
        var deactivateColumn = people.addComponentColumn(this::deactivateButton).setAutoWidth(true).setFlexGrow(0);
        CompactGrid.summarise(people, CompactGrid.WIDE, getTranslation("organisation.people.name"),
                m -> java.util.List.of(new Span(m.displayName()), CompactGrid.hint(m.roles().stream()
                        .map(r -> getTranslation(r.translationKey())).collect(Collectors.joining(", "))),
                        CompactGrid.hint(m.email() + (m.phone() == null ? "" : " · " + m.phone()))),
                managerColumn, deactivateColumn);
        people.setAllRowsVisible(true);
        add(new H1(organisation.name()), new Paragraph(getTranslation("organisation.mine.intro")), actions, people,
                logoSection(), joinAnotherPole());
        refresh();
    }

    /** The logo: PNG or JPEG, checked by content on the server; the browser refuses other types and big files first. */
    private Div logoSection() {
        Div current = new Div();
        current.addClassName("coopole-logo");
        showLogo(current);
        Span error = new Span();
        error.addClassName("coopole-field-error");
        Upload upload = new Upload(new BoundedUpload(Logo.MAX_BYTES, bytes -> organisations.updateLogo(poleId, bytes),
                refusal -> {
            if (refusal == null) {
                error.setText("");
                showLogo(current);
            } else {
                error.setText(org.coopole.common.ui.FieldErrors.message(this, refusal));
            }
        }, () -> error.setText(getTranslation(Logo.Problem.TOO_BIG.translationKey()))));
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFileSize(Logo.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setI18n(new UploadI18N()
                .setUploading(BoundedUpload.uploadingWords(this))
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("organisation.logo.choose")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("organisation.logo.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("organisation.logo.TOO_BIG"))
                        .setIncorrectFileType(getTranslation("organisation.logo.NOT_AN_IMAGE"))));
        Div section = new Div(new H2(getTranslation("organisation.logo.title")),
                new Paragraph(getTranslation("organisation.logo.rules")), current, upload, error);
        section.addClassName("coopole-logo-section");
        return section;
    }

    private void showLogo(Div current) {
        current.removeAll();
        organisations.logo(poleId, organisation.id()).ifPresentOrElse(
                logo -> current.add(new Image(logo.bytes(), getTranslation("organisation.logo.alt", organisation.name()))),
                () -> current.add(new Span(getTranslation("organisation.logo.none"))));
    }

    /** Asking to join another pole; its animators accept or decline. */
    private Div joinAnotherPole() {
        ComboBox<JoinablePole> pole = new ComboBox<>(getTranslation("organisation.join.pole"));
        pole.setItems(memberships.joinablePoles(poleId));
        pole.setItemLabelGenerator(p -> p.name() + (p.territory().isBlank() ? "" : " · " + p.territory()));
        Button ask = new Button(getTranslation("organisation.join.ask"), click -> {
            if (pole.getValue() == null) {
                pole.setErrorMessage(getTranslation("validation.required"));
                pole.setInvalid(true);
                return;
            }
            boolean asked = memberships.requestToJoin(poleId, pole.getValue().id());
            Notification.show(getTranslation(asked ? "organisation.join.asked" : "organisation.join.already",
                    pole.getValue().name()));
        });
        Div join = new Div(new H2(getTranslation("organisation.join.title")),
                new Paragraph(getTranslation("organisation.join.intro")), pole, ask);
        join.addClassName("coopole-join");
        return join;
    }

    private void refresh() {
        organisations.page(poleId, organisation.id()).ifPresent(page -> people.setItems(page.people()));
    }

    private Checkbox managerSwitch(OrganisationPage.Member member) {
        Checkbox manager = new Checkbox(member.roles().contains(PoleRole.ORGANISATION_MANAGER));
        manager.setEnabled(!member.id().equals(me)); // a manager does not stop being one by themselves
        manager.setAriaLabel(getTranslation("organisation.people.manager") + " " + member.displayName());
        manager.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                organisations.setManager(poleId, member.id(), change.getValue());
            } catch (ManagerRequired e) {
                Notification.show(getTranslation("organisation.people.manager-required"))
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
            refresh();
        });
        return manager;
    }

    private Component deactivateButton(OrganisationPage.Member member) {
        if (member.id().equals(me)) {
            return new Span();
        }
        Button deactivate = new Button(getTranslation("organisation.people.deactivate"));
        deactivate.setAriaLabel(getTranslation("organisation.people.deactivate-label", member.displayName()));
        deactivate.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("organisation.people.deactivate.title"),
                    getTranslation("organisation.people.deactivate.text", member.displayName()),
                    getTranslation("organisation.people.deactivate"), yes -> {
                        try {
                            organisations.deactivate(poleId, member.id());
                            refresh();
                        } catch (ManagerRequired e) {
                            Notification.show(getTranslation("organisation.people.manager-required"))
                                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
                        }
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        deactivate.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return deactivate;
    }

    private void openProfile() {
        Dialog dialog = new Dialog(getTranslation("organisation.form.title"));
        dialog.setWidth("min(48rem, 95vw)");
        OrganisationForm form = new OrganisationForm(organisations.editableProfile(poleId));
        Button save = new Button(getTranslation("security.profile.save"), click -> form.read().ifPresent(data -> {
            try {
                organisations.updateProfile(poleId, data);
                dialog.close();
                Notification.show(getTranslation("organisation.form.saved"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.getPage().reload());
            } catch (InvalidField refusal) {
                form.show(refusal);
            }
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void openInvitation() {
        Dialog dialog = new Dialog(getTranslation("organisation.invite.title"));
        InvitationForm form = new InvitationForm();
        Button send = new Button(getTranslation("organisation.invite.send"), click -> form.read().ifPresent(data -> {
            try {
                invitations.invite(poleId, data);
                dialog.close();
                refresh();
                Notification.show(getTranslation("organisation.invite.sent", data.email()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidField refusal) {
                form.show(refusal);
            }
        }));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> dialog.close());
        dialog.add(new Paragraph(getTranslation("organisation.invite.intro", organisation.name())), form);
        dialog.getFooter().add(cancel, send);
        dialog.open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (organisation == null) {
            // not a manager here: as if the page did not exist
            throw new NotFoundException();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.mine.page-title");
    }
}

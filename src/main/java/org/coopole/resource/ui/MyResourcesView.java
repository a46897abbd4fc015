package org.coopole.resource.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.coopole.common.PoleId;
import org.coopole.resource.ResourceCard;
import org.coopole.resource.ResourceService;
import org.coopole.security.Account;
import org.coopole.security.ForPoleRoles;
import org.coopole.security.PoleRole;
import org.coopole.common.ui.CompactGrid;
import org.coopole.security.CurrentAccount;

/** The resources the manager's organisation shares: open one to change it, or share a new one. */
@Route("my-resources")
@Menu(order = 21, icon = "vaadin:cubes", title = "resource.mine.nav")
@ForPoleRoles(PoleRole.ORGANISATION_MANAGER)
@PermitAll
class MyResourcesView extends Div implements HasDynamicTitle {

    /** The person and their current pole, read once for this navigation. */
    private final CurrentAccount current;

    MyResourcesView(CurrentAccount current, ResourceService resources) {
        this.current = current;
        addClassName("coopole-page");
        Account me = current.get();
        PoleId poleId = me.currentPole().filter(p -> p.roles().contains(PoleRole.ORGANISATION_MANAGER))
                .map(Account.PoleMembership::poleId).orElseThrow(NotFoundException::new);
        add(new H1(getTranslation("resource.mine.title", me.organisationName())));
        Button share = new Button(getTranslation("resource.mine.share"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ResourceEditView.class,
                        new RouteParameters(ResourceEditView.ID, ResourceEditView.NEW))));
        share.addThemeVariants(ButtonVariant.PRIMARY);
        add(share);

        var mine = resources.ofMyOrganisation(poleId);
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("resource.mine.none")));
            return;
        }
        Grid<ResourceCard> grid = new Grid<>();
        grid.addComponentColumn(r -> {
            Anchor link = new Anchor("my-resources/" + r.id(), r.name());
            link.getElement().setAttribute("router-link", true);
            return link;
        }).setHeader(getTranslation("resource.name")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.kind().translationKey())).setHeader(getTranslation("resource.kind"));
        grid.addColumn(r -> getTranslation(r.status().translationKey()))
                .setHeader(getTranslation("resource.status"));
        var calendar = grid.addComponentColumn(r -> {
            Anchor link = new Anchor("resources/" + r.id(), getTranslation("resource.mine.calendar"));
            link.getElement().setAttribute("router-link", true);
            link.getElement().setAttribute("aria-label", getTranslation("resource.mine.calendar-label", r.name()));
            return link;
        }).setHeader(getTranslation("booking.calendar.title")).setAutoWidth(true).setFlexGrow(0);
        // on a phone: the name, its kind and state in one column, beside the calendar's link
        CompactGrid.summarise(grid, 700, getTranslation("resource.name"), r -> {
            Anchor link = new Anchor("my-resources/" + r.id(), r.name());
            link.getElement().setAttribute("router-link", true);
            return java.util.List.of(link, CompactGrid.hint(getTranslation(r.kind().translationKey())
                    + " · " + getTranslation(r.status().translationKey())));
        }, calendar);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("resource.mine.page-title");
    }
}

package org.coopole.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.coopole.notification.NotificationService;
import org.coopole.notification.ui.NotificationBell;
import org.coopole.live.LiveUpdates;
import org.coopole.live.Topic;
import org.coopole.live.ui.LiveRefresh;
import org.coopole.resource.ResourceService;
import org.coopole.security.Account;
import org.coopole.security.AccountService;
import org.coopole.security.CurrentAccount;
import org.coopole.messaging.MessagingService;
import org.coopole.common.PoleId;
import org.coopole.security.ForPoleRoles;
import org.coopole.security.PoleRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The frame around every signed-in screen: the pole's name, a side navigation to which each feature adds
 * its own entry (through Vaadin's {@code @Menu} on its views; only views the person may open appear), and a
 * user menu ({@link UserMenu}) with the language, the pole switch and sign-out.
 */
@Layout
@AnonymousAllowed // only error pages reach it signed out; every route inside states who may open it
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final String MAIN = "coopole-main";

    private final AccountService accounts;
    private final LanguageSettings languages;
    private final AuthenticationContext authentication;
    private final Span poleName = new Span();
    private final NavigationMenu navigation = new NavigationMenu();
    private final Set<PoleRole> roles;

    private NotificationBell bell;
    private UserMenu userMenu;
    /** The path of "Messagerie" in the side menu, when it is shown. */
    private String messagingPath;
    private final MessagingService messaging;
    /** The current pole of the signed-in person with a role there, or null. */
    private PoleId poleId;
    /** The first thing the keyboard reaches: past the menus to the page's own content. */
    private final Anchor skip = new Anchor();

    MainLayout(AccountService accounts, CurrentAccount current, LanguageSettings languages,
               AuthenticationContext authentication,
               NotificationService notifications, ResourceService resources, MessagingService messaging,
               LiveUpdates live) {
        this.messaging = messaging;
        this.accounts = accounts;
        this.languages = languages;
        this.authentication = authentication;
        Account account = readAccount(current, authentication);
        roles = account == null ? Set.of()
                : account.currentPole().map(Account.PoleMembership::roles).orElse(Set.of());
        setPrimarySection(Section.DRAWER);

        DrawerButton toggle = new DrawerButton();
        toggle.setAriaLabel(getTranslation("shell.menu.toggle"));
        poleName.addClassName("coopole-navbar-title");
        Div spacer = new Div();
        spacer.addClassName("coopole-navbar-spacer");
        skip.setText(getTranslation("shell.skip"));
        skip.addClassName("coopole-skip-link");
        skip.getElement().setAttribute("router-ignore", true); // the browser's own jump within the page
        addToNavbar(skip, toggle, poleName, spacer);
        if (account != null) {
            poleName.setText(account.currentPole().map(Account.PoleMembership::poleName)
                    .orElse(getTranslation("shell.no-pole")));
            account.currentPole().filter(p -> !p.roles().isEmpty()).ifPresent(pole -> {
                poleId = pole.poleId();
                bell = new NotificationBell(notifications, pole.poleId(), resources.timeZone(pole.poleId()));
                addToNavbar(bell);
                // a notification or a message for this person, made on any node, shows at once
                LiveRefresh.keep(bell, live, Topic.INBOX, pole.poleId(), account.id().value(), signal -> {
                    bell.refresh();
                    showUnreadMessages();
                });
            });
            userMenu = new UserMenu(account, accounts, languages, authentication);
            addToNavbar(userMenu);
        } else {
            // an error page seen by a visitor who is not signed in, or while the database is away
            addToNavbar(new Anchor("login", getTranslation("shell.sign-in")));
        }

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("coopole-brand");
        navigation.addClassName("coopole-nav");
        navigation.getElement().setAttribute("role", "navigation");
        navigation.getElement().setAttribute("aria-label", getTranslation("shell.navigation"));
        addToDrawer(brand, navigation);
    }

    /** The signed-in person, or null for a visitor or when their account cannot be read now (database away). */
    private static Account readAccount(CurrentAccount current, AuthenticationContext authentication) {
        if (!authentication.isAuthenticated()) {
            return null;
        }
        try {
            return current.get();
        } catch (RuntimeException unreadable) {
            if (org.coopole.common.DatabaseUnavailable.isCause(unreadable)) {
                return null;
            }
            throw unreadable;
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        skip.setHref(event.getLocation().getPath() + "#" + MAIN);
        if (getContent() != null) {
            getContent().getElement().setAttribute("id", MAIN);
            getContent().getElement().setAttribute("tabindex", "-1");
        }
        if (bell != null) {
            bell.refresh();
        }
        if (userMenu != null) {
            userMenu.close(); // after one of its links
        }
        if (!authentication.isAuthenticated()) {
            navigation.setEntries(List.of());
            return;
        }
        messagingPath = null;
        List<NavigationMenu.Entry> entries = new ArrayList<>();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (!shownToMe(entry)) {
                continue;
            }
            if (entry.title().equals("messaging.nav")) {
                messagingPath = entry.path();
            }
            entries.add(new NavigationMenu.Entry(entry.path(), getTranslation(entry.title()),
                    entry.icon() == null || entry.icon().isBlank() ? null : entry.icon(), 0, null));
        }
        navigation.setEntries(entries);
        showUnreadMessages();
    }

    /** The count of unread messages beside "Messagerie" and in the browser tab's title: "(2) Réservations · Coopole". */
    private void showUnreadMessages() {
        int unreadMessages = poleId == null ? 0 : messaging.unread(poleId);
        if (messagingPath != null) {
            // the count beside "Messagerie", and said in words to a screen reader
            navigation.setCount(messagingPath, unreadMessages, getTranslation("messaging.unread", unreadMessages));
        }
        if (getContent() instanceof com.vaadin.flow.router.HasDynamicTitle titled) {
            String title = unreadMessages > 0 ? "(" + unreadMessages + ") " + titled.getPageTitle()
                    : titled.getPageTitle();
            // after the router has set the view's own title for this response
            getUI().ifPresent(ui -> ui.beforeClientResponse(this, context -> ui.getPage().setTitle(title)));
        }
    }

    /** Entries of views marked {@link ForPoleRoles} appear only to people holding one of those roles. */
    private boolean shownToMe(MenuEntry entry) {
        return ForPoleRoles.Check.allows(entry.menuClass(), roles);
    }
}

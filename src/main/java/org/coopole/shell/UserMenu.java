package org.coopole.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.coopole.common.Language;
import org.coopole.security.Account;
import org.coopole.security.AccountService;

import java.util.List;

/**
 * The signed-in person's menu in the top bar: their name, and in a popover their address, their profile, their email
 * notifications, the language, the pole switch (for people in several poles) and sign-out. Its content is built
 * when it opens and dropped when it closes: closed, it costs a session its trigger and an empty popover instead of
 * the twenty-odd state nodes and click listeners a menu bar with its submenus kept for every open page (decision 0028).
 */
final class UserMenu extends Div {

    private static final String CONTENT = "coopole-user-menu-content";

    private final Account account;
    private final AccountService accounts;
    private final LanguageSettings languages;
    private final AuthenticationContext authentication;
    private final Popover popover = new Popover();

    UserMenu(Account account, AccountService accounts, LanguageSettings languages,
             AuthenticationContext authentication) {
        this.account = account;
        this.accounts = accounts;
        this.languages = languages;
        this.authentication = authentication;
        addClassName("coopole-user-menu");

        Span name = new Span(account.displayName());
        name.addClassName("coopole-user-name");
        // a plain button: the popover opens in the browser, so no click needs to reach the server (a Vaadin button
        // would keep a click listener for every page of every session)
        NativeButton trigger = new NativeButton();
        trigger.addClassName("coopole-user-trigger");
        trigger.addClassName("coopole-icon-button");
        trigger.add(new Avatar(account.displayName()), name);

        popover.setTarget(trigger);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel(getTranslation("shell.user-menu"));
        popover.addClassName("coopole-user-popover");
        popover.addOpenedChangeListener(event -> {
            popover.removeAll(); // once, even if the browser said "opened" twice
            if (event.isOpened()) {
                popover.add(content());
            }
        });
        add(trigger, popover);
    }

    void open() {
        popover.open();
    }

    void close() {
        popover.close();
    }

    private Component content() {
        Div content = new Div();
        content.addClassName(CONTENT);
        Span who = new Span(account.email());
        who.addClassName("coopole-hint");
        content.add(who, link("profile", "shell.profile"), link("notifications/settings", "shell.email-notifications"));

        String current = getLocale().getLanguage();
        content.add(group("shell.language", java.util.Arrays.stream(Language.values())
                .map(language -> choice(getTranslation(language.translationKey()),
                        language.locale().getLanguage().equals(current), () -> languages.choose(UI.getCurrent(), language)))
                .toList()));

        if (account.poles().size() > 1) {
            Account.PoleMembership currentPole = account.currentPole().orElse(null);
            content.add(group("shell.switch-pole", account.poles().stream()
                    .map(pole -> choice(pole.poleName(), pole.equals(currentPole), () -> {
                        accounts.switchPole(pole.poleId());
                        UI.getCurrent().getPage().reload();
                    }))
                    .toList()));
        }

        Button signOut = new Button(getTranslation("shell.sign-out"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        content.add(signOut);
        return content;
    }

    /** A page of the application, reached by the router; the popover closes with the navigation. */
    private Anchor link(String path, String key) {
        Anchor link = new Anchor(path, getTranslation(key));
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    /** Choices under a heading, the current one checked (said to a screen reader as "pressed"). */
    private Div group(String headingKey, List<Button> choices) {
        Span heading = new Span(getTranslation(headingKey));
        heading.addClassName("coopole-user-menu-heading");
        heading.setId(headingKey.replace('.', '-'));
        Div group = new Div(heading);
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        choices.forEach(group::add);
        return group;
    }

    private Button choice(String text, boolean chosen, Runnable choose) {
        Button choice = new Button(text, click -> {
            if (chosen) {
                close();
            } else {
                choose.run();
            }
        });
        choice.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        choice.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
        if (chosen) {
            choice.setPrefixComponent(VaadinIcon.CHECK.create());
        }
        return choice;
    }
}

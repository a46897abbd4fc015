package org.coopole.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import org.coopole.common.Language;
import org.coopole.common.PersonId;
import org.coopole.security.AccountService;
import org.coopole.security.CurrentUser;
import org.coopole.security.LanguageChoice;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Which language each screen speaks. French unless chosen otherwise: a signed-in person reads their own
 * language (kept with their account); before sign-in, the language last chosen on this browser (a cookie).
 * Vaadin's own guess from the browser is deliberately overridden: Coopole is French first.
 */
@Component
class LanguageSettings implements VaadinServiceInitListener, LanguageChoice {

    static final String COOKIE = "coopole-language";
    private static final String SESSION_KEY = LanguageSettings.class.getName();

    private final CurrentUser currentUser;
    private final AccountService accounts;

    LanguageSettings(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(languageFor(init.getUI()).locale()));
    }

    private Language languageFor(UI ui) {
        VaadinSession session = ui.getSession();
        Optional<PersonId> person = currentUser.personId();
        Choice choice = (Choice) session.getAttribute(SESSION_KEY);
        if (choice == null || !Objects.equals(choice.person(), person.orElse(null))) {
            Language language = person.isPresent() ? accounts.me().language() : fromCookie(VaadinRequest.getCurrent());
            choice = new Choice(person.orElse(null), language);
            session.setAttribute(SESSION_KEY, choice);
        }
        return choice.language();
    }

    @Override
    public void choose(Language language) {
        choose(UI.getCurrent(), language);
    }

    /** Switches this browser session to a language, remembers it for the person, and reloads the page. */
    void choose(UI ui, Language language) {
        Optional<PersonId> person = currentUser.personId();
        if (person.isPresent()) {
            accounts.changeLanguage(language);
        }
        ui.getSession().setAttribute(SESSION_KEY, new Choice(person.orElse(null), language));
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, language.name());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            response.addCookie(cookie);
        }
        ui.getSession().setLocale(language.locale());
        ui.getPage().reload();
    }

    private static Language fromCookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Language.DEFAULT;
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .flatMap(c -> Arrays.stream(Language.values()).filter(l -> l.name().equals(c.getValue())).findFirst())
                .orElse(Language.DEFAULT);
    }

    private record Choice(PersonId person, Language language) {
    }
}

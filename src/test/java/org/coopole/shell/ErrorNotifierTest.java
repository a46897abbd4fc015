package org.coopole.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import org.coopole.DemoPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class ErrorNotifierTest extends ViewTestSupport {

    @Autowired
    ErrorNotifier errors;

    @Test
    void anUnexpectedErrorShowsAShortMessageWithACodeInsteadOfAStackTrace() {
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate(HomeView.class);

        errors.error(new ErrorEvent(new IllegalStateException("connection reset by peer")));

        String text = getNotifications().getLast().getElement().getProperty("text");
        assertThat(text).startsWith("Une erreur inattendue est survenue.")
                .matches(".*: [0-9a-f]{8}$")
                .doesNotContain("IllegalStateException", "connection reset");
    }

    @Test
    void aRefusalIsExplainedInThePersonsLanguage() {
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate(HomeView.class);

        errors.error(new ErrorEvent(new RuntimeException(new AccessDeniedException("not an animator"))));

        assertThat(getNotifications().getLast().getElement().getProperty("text"))
                .isEqualTo("Vous n’avez pas le droit de faire cela.");
    }
}

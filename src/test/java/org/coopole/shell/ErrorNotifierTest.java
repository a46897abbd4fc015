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

    @Test
    void whileTheDatabaseIsAwayTheScreenSaysCoopoleIsBrieflyUnavailable() {
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate(HomeView.class);

        errors.error(new ErrorEvent(new org.jooq.exception.DataAccessException("SQL [select 1]",
                new java.sql.SQLException("Connection refused", "08001"))));
        assertThat(getNotifications().getLast().getElement().getProperty("text"))
                .startsWith("Coopole est momentanément indisponible.").contains("conservé");

        errors.error(new ErrorEvent(new org.springframework.transaction.CannotCreateTransactionException(
                "no connection", new java.sql.SQLTransientConnectionException("pool timeout"))));
        assertThat(getNotifications().getLast().getElement().getProperty("text"))
                .startsWith("Coopole est momentanément indisponible.");
    }

    @Test
    void aPageThatCannotOpenShowsAReadableMessageWithoutTheError() {
        ServerErrorView view = new ServerErrorView();
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate(HomeView.class);
        UI.getCurrent().add(view);
        int status = view.setErrorParameter(beforeEnter("resources"),
                new com.vaadin.flow.router.ErrorParameter<>(Exception.class,
                        new IllegalStateException("relation \"secret_table\" does not exist")));
        assertThat(status).isEqualTo(500);
        assertThat(view.getElement().getTextRecursively()).contains("Une erreur inattendue est survenue.")
                .doesNotContain("secret_table", "IllegalStateException");

        status = view.setErrorParameter(beforeEnter("resources"), new com.vaadin.flow.router.ErrorParameter<>(
                Exception.class, new RuntimeException(new java.net.ConnectException("Connection refused"))));
        assertThat(status).isEqualTo(503);
        assertThat(view.getElement().getTextRecursively()).contains("momentanément indisponible");
    }

    private static com.vaadin.flow.router.BeforeEnterEvent beforeEnter(String path) {
        UI ui = UI.getCurrent();
        return new com.vaadin.flow.router.BeforeEnterEvent(ui.getInternals().getRouter(),
                com.vaadin.flow.router.NavigationTrigger.PROGRAMMATIC, new com.vaadin.flow.router.Location(path),
                ServerErrorView.class, ui, java.util.List.of());
    }
}

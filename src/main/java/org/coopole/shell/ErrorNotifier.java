package org.coopole.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.coopole.common.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * An unexpected error never shows a stack trace: the person reads a short message in their language with
 * a code that finds the full error in the log. What they typed stays on the screen.
 */
@Component
class ErrorNotifier implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotifier.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        if (causedBy(error, AccessDeniedException.class)) {
            log.info("Refused: {}", error.getMessage());
            show(UI.getCurrent(), "error.access-denied");
        } else if (DatabaseUnavailable.isCause(error)) {
            log.warn("The database is unavailable: {}", error.toString());
            show(UI.getCurrent(), "error.unavailable");
        } else {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error, incident {}", incident, error);
            show(UI.getCurrent(), "error.unexpected", incident);
        }
    }

    private static void show(UI ui, String key, Object... params) {
        if (ui == null) {
            return;
        }
        ui.access(() -> {
            Notification notification = new Notification(ui.getTranslation(key, params), 8000,
                    Notification.Position.BOTTOM_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.open();
        });
    }

    /** Whether the error, or one of its causes, is of that type (shared with {@link ServerErrorView}). */
    static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}

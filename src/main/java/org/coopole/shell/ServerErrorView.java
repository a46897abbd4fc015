package org.coopole.shell;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.coopole.common.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

import java.util.UUID;

/**
 * What a person sees when a page could not be opened because of an error: never a stack trace, but "briefly
 * unavailable" while the database is away (503), or a short message with an incident code found in the log (500).
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
class ServerErrorView extends Div implements HasDynamicTitle, HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    private String title = "";

    ServerErrorView() {
        addClassName("coopole-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        Exception error = parameter.getCaughtException();
        int status;
        if (ErrorNotifier.causedBy(error, AccessDeniedException.class)) {
            // as for a place that does not exist: Coopole does not tell what another pole holds
            log.info("Refused {}: {}", event.getLocation().getPath(), error.getMessage());
            title = getTranslation("error.not-found.title");
            add(new H1(title), new Paragraph(getTranslation("error.not-found.text")));
            status = HttpServletResponse.SC_NOT_FOUND;
        } else if (DatabaseUnavailable.isCause(error)) {
            log.warn("Could not open {}: the database is unavailable ({})", event.getLocation().getPath(),
                    error.toString());
            title = getTranslation("login.unavailable.title");
            add(new H1(title), new Paragraph(getTranslation("error.unavailable")));
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        } else {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            log.error("Could not open {}, incident {}", event.getLocation().getPath(), incident, error);
            title = getTranslation("error.server.title");
            add(new H1(title),
                    new Paragraph(getTranslation("error.unexpected", incident)));
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        add(new Anchor("", getTranslation("error.back-home")));
        return status;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}

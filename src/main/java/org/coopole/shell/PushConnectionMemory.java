package org.coopole.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import org.atmosphere.cpr.AtmosphereFramework;
import org.springframework.stereotype.Component;

/**
 * What each push connection keeps in the heap, beside Tomcat's own buffers ({@link ConnectionMemory}): Atmosphere
 * gives every WebSocket a buffer of bytes and one of characters for messages read as streams, each of the size
 * Vaadin sets for all of them, 16 KB — 48 KB of heap per open tab (bench/sessions.sh found them with a heap dump).
 * Vaadin's client sends its requests over HTTP ({@code alwaysXhrToServer}) and Atmosphere reads the socket's messages
 * as whole strings, so these buffers are never filled; they start at 1 KB here, and Atmosphere grows them for a
 * larger message. Atmosphere reads the size when it opens each WebSocket, so setting it once Vaadin has set its own
 * (before any connection) is enough.
 */
@Component
class PushConnectionMemory implements VaadinServiceInitListener {

    static final String BUFFER_SIZE_PARAMETER = "org.atmosphere.websocket.bufferSize";
    static final String BUFFER_SIZE = "1024";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (event.getSource() instanceof VaadinServletService service && service.getServlet() != null) {
            var servlet = service.getServlet();
            Object atmosphere = servlet.getServletContext()
                    .getAttribute(JSR356WebsocketInitializer.getAttributeName(servlet.getServletName()));
            if (atmosphere instanceof AtmosphereFramework framework) {
                framework.addInitParameter(BUFFER_SIZE_PARAMETER, BUFFER_SIZE);
            }
        }
    }
}

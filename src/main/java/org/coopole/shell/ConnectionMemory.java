package org.coopole.shell;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * What Tomcat keeps per connection, cut to what Coopole's sessions use (bench/sessions.sh measures it):
 * <ul>
 * <li>Each push connection (a WebSocket per open tab) starts with 1 KB buffers for the messages it receives instead
 * of 8 KB of bytes and 8 K characters. Vaadin's client sends its requests over HTTP ({@code alwaysXhrToServer}), so
 * what arrives on the socket is small; a larger message grows the buffer, up to the 16 KB Vaadin allows.</li>
 * <li>Each push connection also has three 8 KB buffers for what it sends (Tomcat's
 * {@code org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE}, a system property): 2 KB here, unless set otherwise.
 * A larger message leaves in several writes, as Vaadin's 4 KB fragments of a large update already do.</li>
 * <li>Each open connection reads and writes through 8 KB socket buffers: 4 KB here. A push connection stays open as
 * long as its tab, so this is per person on the screen.</li>
 * <li>Tomcat keeps the objects of closed connections, each with its socket buffers, for the next ones: 500 by
 * default, that is 8 MB once 500 connections have been open at once. 64 are kept.</li>
 * </ul>
 */
@Component
class ConnectionMemory implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final String WEBSOCKET_BUFFER = "1024";
    static final String CHANNELS_KEPT = "64";
    static final String SOCKET_BUFFER = "4096";
    static final String WEBSOCKET_OUTPUT_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final String WEBSOCKET_OUTPUT = "2048";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // read once, when Tomcat's WebSocket classes load, which is after this (the server is not made yet)
        if (System.getProperty(WEBSOCKET_OUTPUT_PROPERTY) == null) {
            System.setProperty(WEBSOCKET_OUTPUT_PROPERTY, WEBSOCKET_OUTPUT);
        }
        factory.addContextCustomizers(context -> {
            context.addParameter("org.apache.tomcat.websocket.textBufferSize", WEBSOCKET_BUFFER);
            context.addParameter("org.apache.tomcat.websocket.binaryBufferSize", WEBSOCKET_BUFFER);
        });
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.bufferPool", CHANNELS_KEPT);
            connector.setProperty("socket.appReadBufSize", SOCKET_BUFFER);
            connector.setProperty("socket.appWriteBufSize", SOCKET_BUFFER);
        });
    }
}

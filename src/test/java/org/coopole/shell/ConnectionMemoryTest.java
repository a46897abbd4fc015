package org.coopole.shell;

import jakarta.servlet.ServletContext;
import org.coopole.CoopoleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running server keeps small connection, WebSocket and Atmosphere buffers, and at most 64 closed connections'
 * (bench/sessions.sh).
 */
@CoopoleTest
class ConnectionMemoryTest {

    @Autowired
    ServletContext servletContext;
    @Autowired
    WebServerApplicationContext server;

    @Test
    void theServerKeepsLessPerConnection() throws ReflectiveOperationException {
        assertThat(servletContext.getInitParameter("org.apache.tomcat.websocket.textBufferSize")).isEqualTo("1024");
        assertThat(servletContext.getInitParameter("org.apache.tomcat.websocket.binaryBufferSize")).isEqualTo("1024");
        var connector = ((TomcatWebServer) server.getWebServer()).getTomcat().getConnector();
        assertThat(connector.getProperty("socket.bufferPool")).hasToString("64");
        assertThat(connector.getProperty("socket.appReadBufSize")).hasToString("4096");
        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString("4096");
        // Tomcat reads the property once, into a package-private constant
        var size = Class.forName("org.apache.tomcat.websocket.Constants").getDeclaredField("DEFAULT_BUFFER_SIZE");
        size.setAccessible(true);
        assertThat(size.get(null)).isEqualTo(2048);
    }

    @Test
    void eachPushConnectionStartsWithSmallAtmosphereBuffers() throws Exception {
        // Vaadin's service starts with its first request; it sets Atmosphere's buffers to 16 KB, then Coopole to 1 KB
        int port = server.getWebServer().getPort();
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            var login = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + "/login")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(login.statusCode()).isEqualTo(200);
        }
        var frameworks = java.util.Collections.list(servletContext.getAttributeNames()).stream()
                .map(servletContext::getAttribute)
                .filter(org.atmosphere.cpr.AtmosphereFramework.class::isInstance)
                .map(org.atmosphere.cpr.AtmosphereFramework.class::cast)
                .toList();
        assertThat(frameworks).isNotEmpty();
        // what Atmosphere reads when it opens each WebSocket (org.atmosphere.websocket.WebSocket's constructor)
        assertThat(frameworks).allSatisfy(framework -> assertThat(framework.getAtmosphereConfig()
                .getInitParameter(PushConnectionMemory.BUFFER_SIZE_PARAMETER)).isEqualTo("1024"));
    }
}

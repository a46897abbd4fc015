package org.coopole.shell;

import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * A node's name in its session ids ({@code coopole.node-route}, e.g. {@code COOPOLE_NODE_ROUTE=a}): Tomcat ends each
 * session id it makes with {@code .a}, so that a load balancer sends a person back to the node that holds their
 * session (nginx: a {@code map} on the {@code JSESSIONID} cookie, README "Several nodes"). Unset: no suffix.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String route;

    NodeRoute(@Value("${coopole.node-route:}") String route) {
        if (StringUtils.hasText(route) && !route.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalArgumentException("coopole.node-route: letters, digits, - and _ only, 32 at most");
        }
        this.route = route;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (StringUtils.hasText(route)) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() != null && context.getParent().getParent() instanceof Engine engine) {
                    engine.setJvmRoute(route);
                }
            });
        }
    }
}

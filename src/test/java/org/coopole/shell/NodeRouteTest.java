package org.coopole.shell;

import org.apache.catalina.Context;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.core.StandardEngine;
import org.apache.catalina.core.StandardHost;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A node's route ends its session ids, for a load balancer's stickiness; a route that is not a plain word is refused. */
class NodeRouteTest {

    @Test
    void theRouteBecomesTomcatsJvmRoute() {
        StandardEngine engine = customised("b");
        assertThat(engine.getJvmRoute()).isEqualTo("b");
        assertThat(customised("").getJvmRoute()).isNull();
    }

    @Test
    void aRouteThatIsNotAPlainWordIsRefused() {
        assertThatThrownBy(() -> new NodeRoute("a;b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NodeRoute("x".repeat(33))).isInstanceOf(IllegalArgumentException.class);
    }

    private static StandardEngine customised(String route) {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new NodeRoute(route).customize(factory);
        StandardEngine engine = new StandardEngine();
        StandardHost host = new StandardHost();
        engine.addChild(host);
        Context context = new StandardContext();
        context.setName("");
        context.setPath("");
        host.addChild(context);
        for (TomcatContextCustomizer customizer : factory.getContextCustomizers()) {
            customizer.customize(context);
        }
        return engine;
    }
}

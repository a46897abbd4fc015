package org.coopole.security;

import org.coopole.CoopoleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@CoopoleTest
class SessionSettingsTest {

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void anIdleSessionEndsAfterThirtyMinutesAndVaadinsHeartbeatsDoNotKeepItAlive() {
        var environment = context.getEnvironment();
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
        // the running container applies it: a new HTTP session gets 30 minutes of inactivity
        assertThat(context.getServletContext().getSessionTimeout()).isEqualTo(30);
    }
}

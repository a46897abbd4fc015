package org.coopole;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Coopole: the workspace of a pôle territorial de coopération économique. */
@SpringBootApplication
@ConfigurationPropertiesScan
@org.springframework.scheduling.annotation.EnableAsync // listeners after commit (emails) run on threads of their own
@org.springframework.scheduling.annotation.EnableScheduling // emails that could not leave are tried again
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("themes/coopole/styles.css")
@Meta(name = "theme-color", content = "#1f6f5c")
// server push: new messages, the bell, calendars and requests queues change on screen without a reload (decision 0018)
@com.vaadin.flow.component.page.Push
public class Application implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }

    /**
     * The one clock services read "now" from (UTC instants; each pole's wall clock comes from its time zone), so that
     * tests can set the time: a booking across the change to summer time, one ending at midnight.
     */
    @org.springframework.context.annotation.Bean
    java.time.Clock clock() {
        return java.time.Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}

package org.coopole.live.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import org.coopole.common.DatabaseUnavailable;
import org.coopole.common.PoleId;
import org.coopole.live.LiveUpdates;
import org.coopole.live.Signal;
import org.coopole.live.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * Keeps a component up to date while it is on screen: each signal of its topic runs {@code refresh} in its UI
 * (with the person's own security context, through Vaadin's session-aware strategy), and server push sends the
 * result to the browser. Listening starts when the component is attached and stops when it is detached.
 */
public final class LiveRefresh {

    private static final Logger log = LoggerFactory.getLogger(LiveRefresh.class);

    private LiveRefresh() {
    }

    public static void keep(Component component, LiveUpdates updates, Topic topic, PoleId pole, UUID subject,
                            Consumer<Signal> refresh) {
        LiveUpdates.Subscription[] current = new LiveUpdates.Subscription[1];
        Runnable subscribe = () -> {
            UI ui = component.getUI().orElse(null);
            if (ui == null || current[0] != null) {
                return;
            }
            current[0] = updates.subscribe(topic, pole, subject, signal -> {
                try {
                    ui.access(() -> {
                        try {
                            refresh.accept(signal);
                        } catch (AccessDeniedException gone) {
                            log.debug("A live update is no longer the person's to see", gone);
                        } catch (RuntimeException failed) {
                            if (!DatabaseUnavailable.isCause(failed)) {
                                throw failed;
                            }
                            // the database is away: the screen says so at the next click, and reads again after
                        }
                    });
                } catch (UIDetachedException closed) {
                    // the page was closed between the signal and now
                }
            });
        };
        component.addAttachListener(event -> subscribe.run());
        component.addDetachListener(event -> {
            if (current[0] != null) {
                current[0].remove();
                current[0] = null;
            }
        });
        subscribe.run();
    }
}

package org.coopole.database;

import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Start-up is over once the context is refreshed: the migrations ran, the demo data (if asked for) is written.
 * From then on, nothing connects as the owner.
 */
@Component
class StartupAccess {

    private final OwnerDatabase owner;

    StartupAccess(OwnerDatabase owner) {
        this.owner = owner;
    }

    @EventListener(ContextRefreshedEvent.class)
    void startupDone() {
        owner.close();
    }
}

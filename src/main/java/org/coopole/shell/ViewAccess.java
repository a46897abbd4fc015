package org.coopole.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.coopole.security.Account;
import org.coopole.security.CurrentAccount;
import org.springframework.beans.factory.ObjectProvider;
import org.coopole.security.ForPoleRoles;
import org.coopole.security.PoleRole;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * The one way a view is guarded: a view marked {@link ForPoleRoles} opens only for a person holding one of those
 * roles in their current pole; anyone else gets the "not found" page inside the layout, before the view is even
 * made (so its constructor never runs a service call it would be refused). Inside a view, an object that is not
 * found or belongs elsewhere throws {@link NotFoundException} from {@code beforeEnter} or {@code setParameter}.
 * Services check every call again.
 */
@Component
class ViewAccess implements VaadinServiceInitListener {

    private final ObjectProvider<CurrentAccount> current;
    private final AuthenticationContext authentication;

    ViewAccess(ObjectProvider<CurrentAccount> current, AuthenticationContext authentication) {
        this.current = current;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        // each navigation reads the person once more (a role taken away counts from the next page on); the layout
        // and the view then share what the guard read
        current.getObject().refresh();
        if (!event.getNavigationTarget().isAnnotationPresent(ForPoleRoles.class) || event.hasRerouteTarget()
                || event.hasForwardTarget() || !authentication.isAuthenticated()) {
            return; // not signed in: Vaadin's own access control sends the person to the sign-in page
        }
        Set<PoleRole> held = current.getObject().pole().map(Account.PoleMembership::roles).orElse(Set.of());
        if (!ForPoleRoles.Check.allows(event.getNavigationTarget(), held)) {
            event.rerouteToError(NotFoundException.class);
        }
    }
}

package org.coopole.shell;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import kotlin.jvm.functions.Function0;
import org.coopole.CoopoleTest;
import org.coopole.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Browserless view tests (Karibu-Testing): real views, real services, real PostgreSQL, no browser.
 * Each test runs in a transaction that is rolled back, so what a view saves does not leak into other tests.
 */
@CoopoleTest
@Transactional
public abstract class ViewTestSupport {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected SignIn signIn;

    /**
     * Karibu's own discovery only sees public classes; our views are package-private, so the routes are found
     * with Spring's scanner (as Vaadin's Spring integration does at run time), plus Karibu's public ones.
     */
    @BeforeAll
    @SuppressWarnings("unchecked")
    static void discoverRoutes() throws ClassNotFoundException {
        routes = new Routes().autoDiscoverViews("org.coopole");
        routes.getErrorRoutes().remove(MockRouteNotFoundError.class); // ours shows "not found" instead
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.coopole")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (HasErrorParameter.class.isAssignableFrom(type)) {
                routes.getErrorRoutes().add((Class<? extends HasErrorParameter<?>>) type);
            } else {
                routes.getRoutes().add((Class<? extends Component>) type);
            }
        }
    }

    /** Opens a Vaadin UI as the given demo person (null: nobody signed in). */
    protected void openAs(String email) {
        Authentication authentication = email == null ? null : signIn.as(email);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            if (authentication != null) {
                request.setUserPrincipalInt(authentication);
                request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            }
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    /** The labels of the side menu's entries, in order. */
    protected static List<String> menuLabels() {
        return LocatorJ._get(NavigationMenu.class).entries().stream().map(NavigationMenu.Entry::label).toList();
    }

    @AfterEach
    protected void closeUi() {
        MockVaadin.tearDown();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
        signIn.out();
    }
}

package org.coopole.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import org.coopole.DemoPeople;
import org.coopole.security.ForPoleRoles;
import org.coopole.security.PoleRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every view guarded by its roles, found by scanning, opened by a person who lacks them: the translated "not found"
 * page inside the layout, with its one h1 and a document title, never a raw error. The same for a malformed id. (An
 * address that is no view is tried in a real browser: {@code SignInJourneyTest}.)
 */
class EveryGuardedViewTest extends ViewTestSupport {

    /** Who lacks which roles: a plain member for the managers' and animators' views; a platform admin without a pole. */
    private static final Map<String, Set<PoleRole>> PEOPLE = Map.of(
            DemoPeople.MEMBER, Set.of(PoleRole.MEMBER),
            DemoPeople.MANAGER, Set.of(PoleRole.ORGANISATION_MANAGER),
            DemoPeople.PLATFORM_ADMIN, Set.of());

    @Test
    void aPersonWithoutTheRolesOfAGuardedViewFindsTheNotFoundPageInsideTheLayout() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Class<?> view : guardedViews()) {
            Set<PoleRole> allowed = Set.of(view.getAnnotation(ForPoleRoles.class).value());
            for (Map.Entry<String, Set<PoleRole>> person : PEOPLE.entrySet()) {
                if (person.getValue().stream().anyMatch(allowed::contains)) {
                    continue;
                }
                openAs(person.getKey());
                @SuppressWarnings("unchecked")
                Class<? extends Component> target = (Class<? extends Component>) view;
                String path = view.getAnnotation(Route.class).value();
                if (path.contains(":")) {
                    UI.getCurrent().navigate(target, new RouteParameters(
                            path.substring(path.indexOf(':') + 1), "00000000-0000-0000-0000-000000000000"));
                } else {
                    UI.getCurrent().navigate(target);
                }
                assertNotFoundInsideTheLayout(view.getSimpleName() + " as " + person.getKey());
                checked.add(view.getSimpleName() + "/" + person.getKey());
                closeUi();
            }
        }
        assertThat(checked).as("guarded views tried").hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void anotherPolesResourceIsNotFound() {
        openAs(DemoPeople.OTHER_POLE);
        UI.getCurrent().navigate("resources/not-an-id");
        assertNotFoundInsideTheLayout("a malformed id");
    }

    private static void assertNotFoundInsideTheLayout(String what) {
        assertThat(_find(H1.class)).as(what).extracting(H1::getText).containsExactly("Page introuvable");
        assertThat(_find(MainLayout.class)).as(what + ": inside the layout").hasSize(1);
        Object shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        assertThat(shown).as(what).isInstanceOf(HasDynamicTitle.class);
        assertThat(((HasDynamicTitle) shown).getPageTitle()).isEqualTo("Page introuvable · Coopole");
    }

    private static List<Class<?>> guardedViews() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ForPoleRoles.class));
        List<Class<?>> views = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.coopole")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.isAnnotationPresent(Route.class)) {
                views.add(type);
            }
        }
        return views.stream().sorted(java.util.Comparator.comparing(Class::getName)).toList();
    }
}

package org.coopole.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a view: the roles in the current pole for which it opens and the navigation shows it; anyone else gets the
 * "not found" page (the shell's {@code ViewAccess}). The view's services still check every call.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ForPoleRoles {

    PoleRole[] value();

    /** The rule, read once for the navigation and the guard alike. */
    final class Check {

        private Check() {
        }

        /** Whether a person holding {@code held} in their current pole may open the view: always, if it is unmarked. */
        public static boolean allows(Class<?> view, java.util.Set<PoleRole> held) {
            ForPoleRoles required = view == null ? null : view.getAnnotation(ForPoleRoles.class);
            return required == null || java.util.Arrays.stream(required.value()).anyMatch(held::contains);
        }
    }
}

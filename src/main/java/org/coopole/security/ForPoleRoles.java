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
}

package org.coopole.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a view: the roles in the current pole for which the navigation shows it. Only hides the entry; the view's
 * service still checks every call.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ForPoleRoles {

    PoleRole[] value();
}

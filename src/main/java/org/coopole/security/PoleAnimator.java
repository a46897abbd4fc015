package org.coopole.security;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only for an animator of the pole the method's {@code poleId} names. Checked by {@link PoleAccess} before the method runs; the rule is written here once
 * instead of on every method.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("@poleAccess.hasAnyRole(#poleId, T(org.coopole.security.PoleRole).ANIMATOR)")
public @interface PoleAnimator {
}

/**
 * Value types shared by every feature: typed ids, languages, email addresses.
 * The typed ids live here rather than in their features so that the generated jOOQ model and the
 * security module can name them without a cycle between modules (docs/decisions/0003).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.coopole.common;

/** The notification bell, which the shell puts in its top bar. */
@org.springframework.modulith.NamedInterface("ui")
package org.coopole.notification.ui;

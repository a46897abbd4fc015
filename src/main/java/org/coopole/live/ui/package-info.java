/** Keeping a screen up to date while it is open: used by every feature's views. */
@org.springframework.modulith.NamedInterface("ui")
package org.coopole.live.ui;

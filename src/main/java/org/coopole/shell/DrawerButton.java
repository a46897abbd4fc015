package org.coopole.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.Tag;

/**
 * The button that opens and closes the side menu: Vaadin's {@code <vaadin-drawer-toggle>} element, which does its work
 * in the browser, without the server-side button class behind Vaadin's {@code DrawerToggle} — that one keeps a click
 * listener for every page of every session although no click of it ever needs the server (issue 14).
 */
@Tag("vaadin-drawer-toggle")
final class DrawerButton extends Component implements HasAriaLabel {
}

/**
 * The resource screens; {@link org.coopole.resource.ui.RateWords} is offered to the booking screens, which show
 * rates too.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.coopole.resource.ui;

/**
 * The events of the other services that notifications are sent for. Records of services
 * not yet on main are declared here, with only the fields read (tolerant readers).
 */
@NullMarked
package dev.ecommerce.notification.events;

import org.jspecify.annotations.NullMarked;

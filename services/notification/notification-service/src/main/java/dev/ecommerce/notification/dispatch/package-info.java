/**
 * Turns what happened into notifications: who gets what, on which channels, rendered from
 * the templates; once per event, recipient and channel.
 */
@NullMarked
package dev.ecommerce.notification.dispatch;

import org.jspecify.annotations.NullMarked;

/**
 * The order service's public contract: the events it publishes on {@code order.events},
 * keyed by the order id. Event records change only by adding a new version.
 */
@NullMarked
package dev.ecommerce.order.api;

import org.jspecify.annotations.NullMarked;

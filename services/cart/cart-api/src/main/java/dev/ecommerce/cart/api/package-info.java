/**
 * The cart service's public contract: its request and response records, the events it
 * publishes on {@code cart.events} and its HTTP client for the order service. Event
 * records change only by adding a new version.
 */
@NullMarked
package dev.ecommerce.cart.api;

import org.jspecify.annotations.NullMarked;

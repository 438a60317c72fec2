/**
 * The shipping service's public contract: requests and responses of {@code /shippings},
 * the events it publishes on {@code shipping.events}, and {@link ShippingClient} for
 * other services. Event records change only by adding a new version.
 */
@NullMarked
package dev.ecommerce.shipping.api;

import org.jspecify.annotations.NullMarked;

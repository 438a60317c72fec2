/**
 * The shipment's tracking, from the shipping service's events: SHIPPED and DELIVERED
 * follow the shipment.
 */
@NullMarked
package dev.ecommerce.order.tracking;

import org.jspecify.annotations.NullMarked;

/**
 * Shipments: one per order, with its tracking number and label, its journey through the
 * carrier's scans, and the events that tell the order and the shopper.
 */
@NullMarked
package dev.ecommerce.shipping.shipment;

import org.jspecify.annotations.NullMarked;

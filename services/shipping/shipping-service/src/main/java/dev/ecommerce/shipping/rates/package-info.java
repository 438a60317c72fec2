/**
 * Shipping rates: the carriers' rate tables that admins keep, quotes for a basket to a
 * destination, and the signed rate ids that carry a quote to the checkout.
 */
@NullMarked
package dev.ecommerce.shipping.rates;

import org.jspecify.annotations.NullMarked;

/**
 * The checkout saga (ADR 12): placing an order priced by the cart and shipping services,
 * then reserving stock, taking the payment, confirming, committing the stock and creating
 * the shipment, step by step with stored state; compensation on failure, on the deadline
 * and on cancel.
 */
@NullMarked
package dev.ecommerce.order.checkout;

import org.jspecify.annotations.NullMarked;

/**
 * Payments and refunds: taken once per idempotency key however often and however
 * concurrently it is sent, settled by the gateway's answer, a webhook or the
 * reconciliation of those left {@code PROCESSING}; refunds never add up to more than was
 * taken.
 */
@NullMarked
package dev.ecommerce.payment.payment;

import org.jspecify.annotations.NullMarked;

/**
 * Stripe through its official Java SDK: PaymentIntents created and confirmed in one call
 * (captured if they wait for it), refunds, webhooks signed in the
 * {@code Stripe-Signature} header.
 */
@NullMarked
package dev.ecommerce.payment.gateway.stripe;

import org.jspecify.annotations.NullMarked;

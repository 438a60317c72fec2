/**
 * The built-in, offline gateway: deterministic outcomes by Stripe's test token names,
 * with books of its own so that it honours idempotency keys as a real gateway does.
 */
@NullMarked
package dev.ecommerce.payment.gateway.sandbox;

import org.jspecify.annotations.NullMarked;

/**
 * The payment service's public contract: what {@code POST /payments} and its refunds take
 * and answer, the events published on {@code payment.events}, and {@link PaymentClient}
 * for other services.
 */
@NullMarked
package dev.ecommerce.payment.api;

import org.jspecify.annotations.NullMarked;

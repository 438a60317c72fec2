package dev.ecommerce.payment.api;

import java.util.UUID;

import dev.ecommerce.platform.api.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A payment to take, sent with an {@code Idempotency-Key}.
 *
 * @param orderId the order paid for
 * @param amount what to charge, more than zero
 * @param gateway {@code sandbox}, {@code stripe} or {@code paypal}, as enabled
 * @param paymentMethodToken the gateway's token of the payment method (never a card
 * number): {@code tok_visa}, a Stripe {@code pm_…}, an approved PayPal order id
 * @param userId whose payment it is, given only by a service paying on a customer's
 * behalf; a customer's own payment is theirs
 */
public record PaymentRequest(@NotNull UUID orderId, @NotNull @Valid Money amount,
		@NotBlank @Size(max = 32) String gateway, @NotBlank @Size(max = 255) String paymentMethodToken,
		@Nullable UUID userId) {

	public PaymentRequest(UUID orderId, Money amount, String gateway, String paymentMethodToken) {
		this(orderId, amount, gateway, paymentMethodToken, null);
	}

}

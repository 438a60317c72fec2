package dev.ecommerce.payment.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * A payment with its refunds.
 *
 * @param id the payment's id
 * @param orderId the order paid for
 * @param userId whose payment it is, when known
 * @param amount what was charged (or asked for)
 * @param status where it stands
 * @param gateway the gateway that takes it
 * @param gatewayReference the gateway's id of the charge (a PaymentIntent, a PayPal
 * capture), once it has one
 * @param failureCode why it failed, for {@code FAILED}: {@code card_declined},
 * {@code insufficient_funds}, {@code processing_error}, …
 * @param retryable for {@code FAILED}: whether paying again with the same payment method
 * may succeed (a processing error), as opposed to a decline
 * @param nextActionUrl for {@code REQUIRES_ACTION}: where the customer completes it (3-D
 * Secure, PayPal approval)
 * @param refunded what has been refunded so far
 * @param refunds the refunds, oldest first
 * @param createdAt when it was asked for
 * @param updatedAt when it last changed
 */
public record PaymentResponse(UUID id, UUID orderId, @Nullable UUID userId, Money amount, PaymentStatus status,
		String gateway, @Nullable String gatewayReference, @Nullable String failureCode, boolean retryable,
		@Nullable String nextActionUrl, Money refunded, List<RefundResponse> refunds, Instant createdAt,
		Instant updatedAt) {

}

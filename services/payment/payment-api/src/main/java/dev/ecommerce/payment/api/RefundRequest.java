package dev.ecommerce.payment.api;

import dev.ecommerce.platform.api.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A refund of some or all of a payment, sent with an {@code Idempotency-Key}.
 *
 * @param amount what to give back, more than zero, in the payment's currency
 * @param reason why, for the record
 */
public record RefundRequest(@NotNull @Valid Money amount, @Nullable @Size(max = 500) String reason) {

}

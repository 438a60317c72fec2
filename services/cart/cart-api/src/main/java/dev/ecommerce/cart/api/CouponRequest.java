package dev.ecommerce.cart.api;

import java.time.Instant;

import dev.ecommerce.platform.api.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A coupon as an admin creates or replaces it.
 *
 * @param code upper-case letters, digits, {@code -}, {@code _}; unique
 * @param type what it takes off
 * @param value {@code PERCENT}: 1–100; {@code FIXED}: the amount in minor units of
 * {@code currency}; {@code FREE_SHIPPING}: none or 0
 * @param currency the currency of a {@code FIXED} value and of {@code minSubtotal};
 * default the service's currency
 * @param minSubtotal the subtotal a basket needs for the coupon to apply
 * @param validFrom when it starts to apply (inclusive); none: now
 * @param validUntil when it stops (exclusive); none: never
 * @param usageLimit how many confirmed orders may use it; none: any number
 */
public record CouponRequest(
		@NotBlank @Size(max = 40) @Pattern(regexp = Texts.COUPON_CODE, message = Texts.COUPON_CODE_MESSAGE) String code,
		@NotNull CouponType type, @Nullable @PositiveOrZero Long value,
		@Nullable @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as GBP") String currency,
		@Nullable @Valid Money minSubtotal, @Nullable Instant validFrom, @Nullable Instant validUntil,
		@Nullable @Positive Integer usageLimit) {

}

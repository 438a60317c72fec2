package dev.ecommerce.cart.api;

import java.time.Instant;

import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * A coupon.
 *
 * @param code its code
 * @param type what it takes off
 * @param value percent, minor units, or 0 for free shipping
 * @param currency the currency of a fixed value and of the minimum subtotal
 * @param minSubtotal the subtotal a basket needs
 * @param validFrom when it starts to apply
 * @param validUntil when it stops, if ever
 * @param usageLimit how many confirmed orders may use it, if limited
 * @param timesUsed how many confirmed orders used it
 * @param version its version, also the {@code ETag}
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record CouponResponse(String code, CouponType type, long value, String currency, @Nullable Money minSubtotal,
		@Nullable Instant validFrom, @Nullable Instant validUntil, @Nullable Integer usageLimit, int timesUsed,
		long version, Instant createdAt, Instant updatedAt) {

}

package dev.ecommerce.cart.coupon;

import java.time.Instant;
import java.util.Locale;

import dev.ecommerce.cart.api.CouponRequest;
import dev.ecommerce.cart.api.CouponResponse;
import dev.ecommerce.cart.api.CouponType;
import dev.ecommerce.cart.pricing.CouponTerms;
import dev.ecommerce.platform.api.Money;
import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.platform.web.problem.Problems;
import org.jspecify.annotations.Nullable;

/**
 * A coupon and the rules of its use. How often it was used is counted from confirmed
 * orders, not kept here.
 */
record Coupon(String code, CouponType type, long value, String currency, @Nullable Long minSubtotal,
		@Nullable Instant validFrom, @Nullable Instant validUntil, @Nullable Integer usageLimit, long version,
		Instant createdAt, Instant updatedAt) {

	static Coupon create(CouponRequest request, String defaultCurrency, Instant now) {
		return from(request, defaultCurrency, 0, now, now);
	}

	Coupon revise(CouponRequest request, String defaultCurrency, Instant now) {
		if (!normalize(request.code()).equals(this.code)) {
			throw new InvalidRequestException("code", "must be the code of the coupon replaced: " + this.code);
		}
		return from(request, defaultCurrency, this.version + 1, this.createdAt, now);
	}

	private static Coupon from(CouponRequest request, String defaultCurrency, long version, Instant createdAt,
			Instant now) {
		String currency = (request.currency() != null) ? request.currency() : defaultCurrency;
		long value = (request.value() != null) ? request.value() : 0;
		java.util.List<Problems.FieldError> errors = new java.util.ArrayList<>();
		switch (request.type()) {
			case PERCENT -> {
				if (value < 1 || value > 100) {
					errors.add(new Problems.FieldError("value", "must be a percentage from 1 to 100"));
				}
			}
			case FIXED -> {
				if (value < 1) {
					errors.add(new Problems.FieldError("value", "must be an amount of at least 1 minor unit"));
				}
			}
			case FREE_SHIPPING -> {
				if (value != 0) {
					errors.add(new Problems.FieldError("value", "must be empty or 0 for free shipping"));
				}
			}
		}
		Money min = request.minSubtotal();
		if (min != null && !min.currency().equals(currency)) {
			errors.add(new Problems.FieldError("minSubtotal.currency", "must be the coupon's currency, " + currency));
		}
		if (request.validFrom() != null && request.validUntil() != null
				&& !request.validUntil().isAfter(request.validFrom())) {
			errors.add(new Problems.FieldError("validUntil", "must be after validFrom"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
		return new Coupon(normalize(request.code()), request.type(), value, currency,
				(min != null) ? min.amount() : null, request.validFrom(), request.validUntil(), request.usageLimit(),
				version, createdAt, now);
	}

	static String normalize(String code) {
		return code.trim().toUpperCase(Locale.ROOT);
	}

	/**
	 * Why the coupon cannot be used now, if it cannot.
	 * @param now the time
	 * @param timesUsed confirmed orders that used it
	 * @param basketCurrency the basket's currency
	 * @return the reason, or {@code null} when it may be used
	 */
	@Nullable String refusal(Instant now, int timesUsed, String basketCurrency) {
		return refusal(now, timesUsed, 0, basketCurrency);
	}

	/**
	 * Why the coupon cannot be used now, if it cannot.
	 * @param now the time
	 * @param timesUsed confirmed orders that used it
	 * @param held orders in checkout holding it
	 * @param basketCurrency the basket's currency
	 * @return the reason, or {@code null} when it may be used
	 */
	@Nullable String refusal(Instant now, int timesUsed, int held, String basketCurrency) {
		if (this.validFrom != null && now.isBefore(this.validFrom)) {
			return "the coupon is not valid yet";
		}
		if (this.validUntil != null && !now.isBefore(this.validUntil)) {
			return "the coupon has expired";
		}
		if (this.usageLimit != null && timesUsed + held >= this.usageLimit) {
			return "the coupon has been used up";
		}
		if (!this.currency.equals(basketCurrency)) {
			return "the coupon is for baskets in " + this.currency;
		}
		return null;
	}

	CouponTerms terms() {
		return new CouponTerms(this.code, this.type, this.value,
				(this.minSubtotal != null) ? Money.of(this.minSubtotal, this.currency) : null);
	}

	CouponResponse toResponse(int timesUsed) {
		return new CouponResponse(this.code, this.type, this.value, this.currency,
				(this.minSubtotal != null) ? Money.of(this.minSubtotal, this.currency) : null, this.validFrom,
				this.validUntil, this.usageLimit, timesUsed, this.version, this.createdAt, this.updatedAt);
	}

}

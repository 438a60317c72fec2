package dev.ecommerce.cart;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The cart service's settings, under {@code ecommerce.cart}.
 *
 * @param currency the currency of every cart and quote
 * @param guestRetention how long a guest cart may go untouched before it is removed
 * @param catalogMaxAge how old a cached price or stock level may be before it is asked
 * for again, in case an event was missed
 * @param couponHold how long a coupon stays held for an order quoted with its id, waiting
 * for the order's confirmation
 */
@ConfigurationProperties("ecommerce.cart")
public record CartProperties(String currency, Duration guestRetention, Duration catalogMaxAge, Duration couponHold) {

	public CartProperties(@Nullable String currency, @Nullable Duration guestRetention,
			@Nullable Duration catalogMaxAge, @Nullable Duration couponHold) {
		this.couponHold = (couponHold != null) ? couponHold : Duration.ofMinutes(30);
		this.currency = (currency != null) ? currency : "GBP";
		this.guestRetention = (guestRetention != null) ? guestRetention : Duration.ofDays(30);
		this.catalogMaxAge = (catalogMaxAge != null) ? catalogMaxAge : Duration.ofHours(1);
	}

}

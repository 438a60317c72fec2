package dev.ecommerce.cart.carts;

import java.time.Clock;

import dev.ecommerce.cart.CartProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes guest carts nobody touched for {@code ecommerce.cart.guest-retention} (30 days
 * by default). Users' carts stay.
 */
@Component
class GuestCartCleanup {

	private static final Logger log = LoggerFactory.getLogger(GuestCartCleanup.class);

	private final Carts carts;

	private final CartProperties properties;

	private final Clock clock;

	GuestCartCleanup(Carts carts, CartProperties properties, Clock clock) {
		this.carts = carts;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${ecommerce.cart.guest-cleanup-interval:1h}",
			initialDelayString = "${ecommerce.cart.guest-cleanup-interval:1h}")
	@Transactional
	public int removeStaleGuestCarts() {
		int removed = this.carts
			.deleteGuestCartsUntouchedSince(this.clock.instant().minus(this.properties.guestRetention()));
		if (removed > 0) {
			log.info("Removed {} guest carts untouched for {}", removed, this.properties.guestRetention());
		}
		return removed;
	}

}

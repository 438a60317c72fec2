package dev.ecommerce.inventory.reservation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Returns the stock of reservations whose time is up. Every instance runs it; each
 * reservation is expired by one of them, once ({@code FOR UPDATE SKIP LOCKED}).
 */
@Component
class ReservationExpiry {

	private static final Logger log = LoggerFactory.getLogger(ReservationExpiry.class);

	/**
	 * At most this many per run, so that one run does not hold the scheduler for long.
	 */
	private static final int MAX_PER_RUN = 500;

	private final Checkout checkout;

	ReservationExpiry(Checkout checkout) {
		this.checkout = checkout;
	}

	@Scheduled(fixedDelayString = "${ecommerce.inventory.reservation-expiry-interval:5000}",
			initialDelayString = "${ecommerce.inventory.reservation-expiry-interval:5000}")
	void expireDue() {
		int expired = 0;
		try {
			while (expired < MAX_PER_RUN && this.checkout.expireNext()) {
				expired++;
			}
		}
		catch (RuntimeException ex) {
			log.warn("Expiring reservations failed; the next run tries again", ex);
		}
		if (expired > 0) {
			log.info("Expired {} reservations; their stock returned", expired);
		}
	}

}

package dev.ecommerce.payment.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.ecommerce.payment.gateway.GatewayUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Settles with their gateway the payments and refunds whose answer was lost (a timeout, a
 * crash between the gateway's charge and our record of it). Several instances may run it:
 * each takes its own batch.
 */
@Component
public class Reconciliation {

	private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

	private final Payments payments;

	private final Refunds refunds;

	private final Cashier cashier;

	private final Refunding refunding;

	private final ReconciliationProperties properties;

	private final Clock clock;

	Reconciliation(Payments payments, Refunds refunds, Cashier cashier, Refunding refunding,
			ReconciliationProperties properties, Clock clock) {
		this.payments = payments;
		this.refunds = refunds;
		this.cashier = cashier;
		this.refunding = refunding;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${ecommerce.payment.reconciliation.interval:60s}",
			initialDelayString = "${ecommerce.payment.reconciliation.interval:60s}")
	void scheduled() {
		try {
			run();
		}
		catch (RuntimeException ex) {
			log.warn("Reconciliation stopped early; the next run goes on: {}", ex.getMessage());
		}
	}

	/**
	 * Reconciles one batch of payments and one of refunds.
	 * @return how many were taken
	 */
	public int run() {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Instant before = now.minus(this.properties.olderThan());
		int taken = 0;
		for (Payment payment : this.payments.leaseStuck(before, now, this.properties.batch())) {
			taken++;
			boolean recharge = payment.createdAt().isAfter(now.minus(this.properties.rechargeWithin()));
			try {
				this.cashier.reconcile(payment, recharge);
			}
			catch (GatewayUnavailableException ex) {
				log.info("Payment {} stays PROCESSING: {}", payment.id(), ex.getMessage());
			}
		}
		for (Refund refund : this.refunds.leaseStuck(before, now, this.properties.batch())) {
			taken++;
			try {
				this.refunding.drive(refund);
			}
			catch (GatewayUnavailable ex) {
				log.info("Refund {} stays PROCESSING: {}", refund.id(), ex.getMessage());
			}
		}
		return taken;
	}

}

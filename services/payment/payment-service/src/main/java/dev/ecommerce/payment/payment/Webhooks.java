package dev.ecommerce.payment.payment;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import dev.ecommerce.payment.gateway.ChargeResult;
import dev.ecommerce.payment.gateway.GatewayEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a verified gateway event once: the event's id is recorded in the transaction of
 * its effect, so a repeated delivery finds it and changes nothing.
 */
@Component
class Webhooks {

	private static final Logger log = LoggerFactory.getLogger(Webhooks.class);

	private final JdbcClient jdbc;

	private final Payments payments;

	private final Settlements settlements;

	private final Clock clock;

	Webhooks(JdbcClient jdbc, Payments payments, Settlements settlements, Clock clock) {
		this.jdbc = jdbc;
		this.payments = payments;
		this.settlements = settlements;
		this.clock = clock;
	}

	/**
	 * @return whether the event was new; {@code false} for a repeat
	 */
	@Transactional
	public boolean apply(String gateway, GatewayEvent event) {
		// a concurrent delivery of the same event waits here for the first to commit
		boolean fresh = this.jdbc.sql("""
				INSERT INTO webhook_event (gateway, event_id, type, received_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (gateway, event_id) DO NOTHING""")
			.params(gateway, event.id(), event.type(), this.clock.instant().atOffset(ZoneOffset.UTC))
			.update() == 1;
		if (!fresh || event.kind() == GatewayEvent.Kind.OTHER) {
			return fresh;
		}
		Optional<UUID> paymentId = paymentOf(gateway, event);
		if (paymentId.isEmpty()) {
			log.info("{} event {} ({}) is about no payment of ours", gateway, event.id(), event.type());
			return true;
		}
		String reference = (event.reference() != null) ? event.reference() : "";
		ChargeResult result = (event.kind() == GatewayEvent.Kind.CHARGE_SUCCEEDED)
				? new ChargeResult.Succeeded(reference) : new ChargeResult.Declined(event.reference(),
						(event.failureCode() != null) ? event.failureCode() : "card_declined", false);
		this.settlements.settle(paymentId.get(), result);
		return true;
	}

	private Optional<UUID> paymentOf(String gateway, GatewayEvent event) {
		if (event.paymentId() != null) {
			Optional<Payment> payment = this.payments.find(event.paymentId())
				.filter((found) -> found.gateway().equals(gateway));
			if (payment.isPresent()) {
				return payment.map(Payment::id);
			}
		}
		return (event.reference() != null) ? this.payments.findIdByReference(gateway, event.reference())
				: Optional.empty();
	}

}

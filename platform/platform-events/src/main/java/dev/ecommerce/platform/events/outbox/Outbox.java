package dev.ecommerce.platform.events.outbox;

import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes this service's events: each is recorded in the transaction of the change that
 * caused it and sent to Kafka after that transaction commits. A rolled-back change
 * publishes nothing; a committed one is sent even if the service or the broker stops in
 * between. <pre>
 * &#64;Transactional
 * void create(Product product) {
 *     products.save(product);
 *     outbox.publish("dev.ecommerce.product.ProductCreated.v1", product.id().toString(),
 *             new ProductCreated(product.id(), product.name()));
 * }
 * </pre>
 */
public class Outbox {

	/**
	 * {@code dev.ecommerce.<service>.<EventName>.v<n>}, as DESIGN.md names event types.
	 */
	private static final Pattern TYPE = Pattern
		.compile("dev\\.ecommerce\\.[a-z][a-z0-9]*\\.[A-Z][A-Za-z0-9]*\\.v[1-9][0-9]*");

	private final OutboxEvents events;

	private final EventOrigin origin;

	private final JsonMapper jsonMapper;

	private final Clock clock;

	private final RelayWakeup wakeup;

	Outbox(OutboxEvents events, EventOrigin origin, JsonMapper jsonMapper, Clock clock, RelayWakeup wakeup) {
		this.events = events;
		this.origin = origin;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
		this.wakeup = wakeup;
	}

	/**
	 * Records an event in the current transaction; it is sent once that transaction
	 * commits.
	 * @param type the event's type, {@code dev.ecommerce.<service>.<EventName>.v<n>}
	 * @param subject the id of the aggregate it is about; also its Kafka key, so that one
	 * aggregate's events stay in order
	 * @param data the event, serialized as JSON
	 * @throws IllegalTransactionStateException if no transaction is active: an event
	 * recorded on its own could be sent for a change that then rolls back
	 */
	public void publish(String type, String subject, Object data) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalTransactionStateException("Outbox.publish needs an active transaction, so that the event "
					+ "commits or rolls back with the change that caused it; call it from a @Transactional method");
		}
		if (!TYPE.matcher(type).matches()) {
			throw new IllegalArgumentException(
					"An event type is named dev.ecommerce.<service>.<EventName>.v<n>, such as "
							+ "dev.ecommerce.product.ProductCreated.v1, not '" + type + "'");
		}
		if (subject.isBlank()) {
			throw new IllegalArgumentException("An event needs a subject: the id of the aggregate it is about");
		}
		String payload = this.jsonMapper.writeValueAsString(data);
		this.events.add(new OutboxEvent(UUID.randomUUID(), this.origin.topic(), subject, type, this.origin.source(),
				subject, this.clock.instant(), payload));
		// so that the event goes out now rather than at the relay's next poll
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				Outbox.this.wakeup.signal();
			}

		});
	}

}

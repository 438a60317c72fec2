package dev.ecommerce.platform.events;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of a service's events, all optional.
 *
 * @param topic The topic this service publishes to; by default the application's name
 * without a trailing {@code -service}, plus {@code .events} ({@code product.events})
 * @param source The CloudEvents {@code source} of this service's events; by default
 * {@code /} and the application's name ({@code /product-service})
 * @param relay How the outbox is relayed to Kafka
 * @param producer The Kafka producer of the relay
 * @param consumer How failed deliveries to this service's listeners are retried
 */
@ConfigurationProperties("ecommerce.events")
public record EventsProperties(@Nullable String topic, @Nullable String source, @DefaultValue Relay relay,
		@DefaultValue Producer producer, @DefaultValue Consumer consumer) {

	/**
	 * How the outbox is relayed to Kafka.
	 *
	 * @param enabled Whether this instance relays at all (the outbox is written either
	 * way)
	 * @param pollInterval How often the outbox is looked at when no commit has woken the
	 * relay: the longest wait for an event committed by another instance
	 * @param batchSize How many events are sent in one round
	 * @param maxBackoff The longest pause between attempts while Kafka or the database
	 * fails
	 * @param retention How long published events are kept, for inspection and replays
	 * @param cleanupInterval How often published events past their retention are deleted
	 * @param shutdownTimeout How long shutdown waits for a round in progress before it
	 * interrupts it (an interrupted round is sent again later)
	 */
	public record Relay(@DefaultValue("true") boolean enabled, @DefaultValue("500ms") Duration pollInterval,
			@DefaultValue("100") int batchSize, @DefaultValue("10s") Duration maxBackoff,
			@DefaultValue("7d") Duration retention, @DefaultValue("1h") Duration cleanupInterval,
			@DefaultValue("2s") Duration shutdownTimeout) {

		public Relay {
			positive("ecommerce.events.relay.poll-interval", pollInterval);
			positive("ecommerce.events.relay.max-backoff", maxBackoff);
			positive("ecommerce.events.relay.retention", retention);
			positive("ecommerce.events.relay.cleanup-interval", cleanupInterval);
			positive("ecommerce.events.relay.shutdown-timeout", shutdownTimeout);
			if (batchSize < 1) {
				throw new IllegalArgumentException("ecommerce.events.relay.batch-size must be at least 1");
			}
		}

	}

	/**
	 * The relay's Kafka producer. The timeouts are short so that a broker outage turns
	 * into a failed round, retried later, rather than a relay blocked for minutes.
	 *
	 * @param maxBlock How long a send may wait for metadata or buffer space
	 * ({@code max.block.ms})
	 * @param deliveryTimeout How long a send may take in all, retries included
	 * ({@code delivery.timeout.ms})
	 * @param requestTimeout How long one request to the broker may take
	 * ({@code request.timeout.ms})
	 * @param closeTimeout How long closing the producer at shutdown may wait for sends in
	 * flight
	 */
	public record Producer(@DefaultValue("5s") Duration maxBlock, @DefaultValue("15s") Duration deliveryTimeout,
			@DefaultValue("5s") Duration requestTimeout, @DefaultValue("2s") Duration closeTimeout) {

		public Producer {
			positive("ecommerce.events.producer.max-block", maxBlock);
			positive("ecommerce.events.producer.request-timeout", requestTimeout);
			positive("ecommerce.events.producer.close-timeout", closeTimeout);
			// Kafka refuses a delivery timeout shorter than one request
			if (deliveryTimeout.compareTo(requestTimeout) < 0) {
				throw new IllegalArgumentException(
						"ecommerce.events.producer.delivery-timeout must not be shorter than request-timeout");
			}
		}

	}

	/**
	 * How a record that a listener fails on is retried before it goes to the dead-letter
	 * topic.
	 *
	 * @param retries How many times it is retried after the first failure
	 * @param retryInterval The pause before the first retry, doubled for each next one
	 * @param maxRetryInterval The longest pause between retries
	 * @param deadLetterSuffix Appended to a topic's name to name its dead-letter topic
	 * @param handledRetention How long the ids of handled events are kept to recognise a
	 * redelivery: longer than any redelivery can come (Kafka keeps records 7 days by
	 * default, the outbox its published events as long as its retention). Deleted by the
	 * relay's clean-up.
	 */
	public record Consumer(@DefaultValue("3") int retries, @DefaultValue("1s") Duration retryInterval,
			@DefaultValue("10s") Duration maxRetryInterval, @DefaultValue(".dlt") String deadLetterSuffix,
			@DefaultValue("14d") Duration handledRetention) {

		public Consumer {
			positive("ecommerce.events.consumer.handled-retention", handledRetention);
			positive("ecommerce.events.consumer.retry-interval", retryInterval);
			positive("ecommerce.events.consumer.max-retry-interval", maxRetryInterval);
			if (retries < 0) {
				throw new IllegalArgumentException("ecommerce.events.consumer.retries must not be negative");
			}
			if (deadLetterSuffix.isBlank()) {
				throw new IllegalArgumentException("ecommerce.events.consumer.dead-letter-suffix must not be blank");
			}
		}

	}

	private static void positive(String name, Duration value) {
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(name + " must be positive, not " + value);
		}
	}

}

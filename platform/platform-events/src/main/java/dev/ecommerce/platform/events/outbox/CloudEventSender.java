package dev.ecommerce.platform.events.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.ecommerce.platform.events.CloudEventHeaders;
import dev.ecommerce.platform.events.EventsProperties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.ProducerListener;

/**
 * Sends outbox events to Kafka as CloudEvents in binary mode, through a producer of its
 * own: idempotent, acknowledged by all replicas, and with short timeouts so that a broker
 * outage fails a round quickly instead of blocking the relay.
 */
class CloudEventSender implements AutoCloseable {

	private final DefaultKafkaProducerFactory<String, byte[]> producers;

	private final KafkaTemplate<String, byte[]> kafka;

	private final Duration acknowledgementTimeout;

	/**
	 * @param kafkaConfig the service's producer configuration (servers, security), which
	 * the relay's own settings override
	 */
	CloudEventSender(Map<String, Object> kafkaConfig, EventsProperties.Producer settings, String clientId) {
		Map<String, Object> config = new HashMap<>(kafkaConfig);
		config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
		config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, settings.maxBlock().toMillis());
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) settings.deliveryTimeout().toMillis());
		config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) settings.requestTimeout().toMillis());
		config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		this.producers = new DefaultKafkaProducerFactory<>(config);
		this.producers.setPhysicalCloseTimeout((int) Math.max(1, settings.closeTimeout().toSeconds()));
		this.kafka = new KafkaTemplate<>(this.producers);
		// the relay reports an outage once; the default listener would log every failed
		// send
		this.kafka.setProducerListener(new ProducerListener<>() {
		});
		// Kafka completes every send within the delivery timeout; this is only a backstop
		this.acknowledgementTimeout = settings.deliveryTimeout().plus(settings.requestTimeout());
	}

	/**
	 * Sends the events in order and waits for Kafka's acknowledgements.
	 * @return the events acknowledged before the first one that failed, and that failure
	 */
	Delivery send(List<OutboxEvent> events) {
		List<CompletableFuture<?>> sends = new ArrayList<>(events.size());
		for (OutboxEvent event : events) {
			CompletableFuture<?> send = start(record(event));
			sends.add(send);
			if (send.isCompletedExceptionally()) {
				// the broker is out of reach; each further send would block as long
				break;
			}
		}
		for (int i = 0; i < sends.size(); i++) {
			Exception failure = acknowledgementOf(sends.get(i));
			if (failure != null) {
				// name the event: one that Kafka refuses for good holds up the outbox
				return new Delivery(events.subList(0, i), notSent(events.get(i), failure));
			}
		}
		return new Delivery(events, null);
	}

	private static Exception notSent(OutboxEvent event, Exception failure) {
		return new IllegalStateException(
				"Kafka did not acknowledge outbox event " + event.id() + " (" + event.type() + ") on " + event.topic(),
				failure);
	}

	private CompletableFuture<?> start(ProducerRecord<String, byte[]> record) {
		try {
			return this.kafka.send(record);
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	private @Nullable Exception acknowledgementOf(CompletableFuture<?> send) {
		try {
			send.get(this.acknowledgementTimeout.toMillis(), TimeUnit.MILLISECONDS);
			return null;
		}
		catch (ExecutionException ex) {
			return (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
		catch (TimeoutException ex) {
			return ex;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ex;
		}
	}

	static ProducerRecord<String, byte[]> record(OutboxEvent event) {
		RecordHeaders headers = new RecordHeaders();
		header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
		header(headers, CloudEventHeaders.ID, event.id().toString());
		header(headers, CloudEventHeaders.TYPE, event.type());
		header(headers, CloudEventHeaders.SOURCE, event.source());
		header(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
		header(headers, CloudEventHeaders.SUBJECT, event.subject());
		header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
		return new ProducerRecord<>(event.topic(), null, event.key(), event.payload().getBytes(StandardCharsets.UTF_8),
				headers);
	}

	private static void header(RecordHeaders headers, String name, String value) {
		headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void close() {
		this.producers.destroy();
	}

	/**
	 * The outcome of sending a batch.
	 *
	 * @param acknowledged the events Kafka acknowledged, in order, up to the first
	 * failure
	 * @param failure why the rest were not, if they were not
	 */
	record Delivery(List<OutboxEvent> acknowledged, @Nullable Exception failure) {

	}

}

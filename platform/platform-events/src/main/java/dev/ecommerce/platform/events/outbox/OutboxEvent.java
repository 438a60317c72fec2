package dev.ecommerce.platform.events.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the outbox: an event as it will be sent.
 *
 * @param id the CloudEvents id, fixed when the event is published so that every
 * redelivery carries the same one
 * @param topic the Kafka topic
 * @param key the Kafka key, the subject, which keeps one aggregate's events in one
 * partition and so in order
 * @param type the CloudEvents type, such as
 * {@code dev.ecommerce.product.ProductCreated.v1}
 * @param source the CloudEvents source
 * @param subject the CloudEvents subject, the id of the aggregate it is about
 * @param occurredAt when it was published
 * @param payload the data as JSON
 */
record OutboxEvent(UUID id, String topic, String key, String type, String source, String subject, Instant occurredAt,
		String payload) {

}

package dev.ecommerce.platform.events.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Objects;

import dev.ecommerce.platform.events.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A CloudEvent received from Kafka in binary mode: its attributes from the {@code ce_}
 * headers, its data from the record's value. <pre>
 * &#64;KafkaListener(topics = "order.events")
 * void on(ConsumerRecord&lt;String, byte[]&gt; record) {
 *     IncomingEvent event = IncomingEvent.from(record, jsonMapper);
 *     if (event.type().equals("dev.ecommerce.order.OrderPlaced.v1")) {
 *         handledEvents.handleOnce("stock-reservation", event,
 *                 () -&gt; reservations.reserve(event.dataAs(OrderPlaced.class)));
 *     }
 * }
 * </pre>
 *
 * @param id the event's id, the same on every redelivery: what consumers deduplicate by
 * @param type its type, such as {@code dev.ecommerce.order.OrderPlaced.v1}
 * @param source the service that published it, such as {@code /order-service}
 * @param subject the aggregate it is about, if named
 * @param time when it happened, if given
 * @param data its data, JSON
 * @param jsonMapper reads the data
 */
public record IncomingEvent(String id, String type, String source, @Nullable String subject, @Nullable Instant time,
		byte[] data, JsonMapper jsonMapper) {

	/**
	 * Reads the CloudEvent in a Kafka record.
	 * @throws MalformedEventException if it lacks an id, a type or a source, or its time
	 * is not an ISO 8601 timestamp
	 */
	public static IncomingEvent from(ConsumerRecord<String, byte[]> record, JsonMapper jsonMapper) {
		String id = required(record, CloudEventHeaders.ID);
		String type = required(record, CloudEventHeaders.TYPE);
		String source = required(record, CloudEventHeaders.SOURCE);
		String subject = header(record, CloudEventHeaders.SUBJECT);
		String time = header(record, CloudEventHeaders.TIME);
		byte[] data = (record.value() != null) ? record.value() : new byte[0];
		return new IncomingEvent(id, type, source, subject, (time != null) ? instant(record, time) : null, data,
				jsonMapper);
	}

	/**
	 * The event's data as the given type, usually the event record from the publishing
	 * service's {@code *-api} module.
	 * @throws MalformedEventException if the data is not JSON of that type
	 */
	public <T> T dataAs(Class<T> dataType) {
		try {
			return this.jsonMapper.readValue(this.data, dataType);
		}
		catch (JacksonException ex) {
			throw new MalformedEventException(
					"The data of event " + this.id + " (" + this.type + ") is not a " + dataType.getName(), ex);
		}
	}

	private static String required(ConsumerRecord<String, byte[]> record, String name) {
		String value = header(record, name);
		if (value == null || value.isBlank()) {
			throw new MalformedEventException(
					"The record at " + position(record) + " is not a CloudEvent: it has no " + name + " header");
		}
		return value;
	}

	private static @Nullable String header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private static Instant instant(ConsumerRecord<String, byte[]> record, String time) {
		try {
			return OffsetDateTime.parse(time).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new MalformedEventException("The record at " + position(record) + " has a " + CloudEventHeaders.TIME
					+ " that is not an ISO 8601 timestamp: " + time, ex);
		}
	}

	private static String position(ConsumerRecord<?, ?> record) {
		return record.topic() + "-" + record.partition() + "@" + record.offset();
	}

	// The data is compared by content and left out of toString, which logs quote.

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof IncomingEvent event && this.id.equals(event.id) && this.type.equals(event.type)
				&& this.source.equals(event.source) && Objects.equals(this.subject, event.subject)
				&& Objects.equals(this.time, event.time) && Arrays.equals(this.data, event.data);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.id, this.type, this.source, this.subject, this.time, Arrays.hashCode(this.data));
	}

	@Override
	public String toString() {
		return "IncomingEvent[id=" + this.id + ", type=" + this.type + ", source=" + this.source + ", subject="
				+ this.subject + ", time=" + this.time + ", data=" + this.data.length + " bytes]";
	}

}

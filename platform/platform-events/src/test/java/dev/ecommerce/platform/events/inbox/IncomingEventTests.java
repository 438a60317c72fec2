package dev.ecommerce.platform.events.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import dev.ecommerce.platform.events.ThingRenamed;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IncomingEventTests {

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	@Test
	void aCloudEventIsReadFromItsHeadersAndItsDataFromTheValue() {
		ConsumerRecord<String, byte[]> record = record("{\"name\":\"Lamp\",\"number\":3}", "ce_specversion", "1.0",
				"ce_id", "e-1", "ce_type", "dev.ecommerce.test.ThingRenamed.v1", "ce_source", "/test-service",
				"ce_subject", "thing-1", "ce_time", "2030-01-02T03:04:05.123Z", "content-type", "application/json");

		IncomingEvent event = IncomingEvent.from(record, this.jsonMapper);

		assertThat(event.id()).isEqualTo("e-1");
		assertThat(event.type()).isEqualTo("dev.ecommerce.test.ThingRenamed.v1");
		assertThat(event.source()).isEqualTo("/test-service");
		assertThat(event.subject()).isEqualTo("thing-1");
		assertThat(event.time()).isEqualTo(Instant.parse("2030-01-02T03:04:05.123Z"));
		assertThat(event.dataAs(ThingRenamed.class)).isEqualTo(new ThingRenamed("Lamp", 3));
	}

	@Test
	void aTimeWithAnOffsetIsReadAsTheSameInstant() {
		IncomingEvent event = IncomingEvent.from(
				record("{}", "ce_id", "e-1", "ce_type", "t", "ce_source", "/s", "ce_time", "2030-01-02T04:04:05+01:00"),
				this.jsonMapper);

		assertThat(event.time()).isEqualTo(Instant.parse("2030-01-02T03:04:05Z"));
	}

	@Test
	void theSubjectAndTimeAreOptional() {
		IncomingEvent event = IncomingEvent.from(record("{}", "ce_id", "e-1", "ce_type", "t", "ce_source", "/s"),
				this.jsonMapper);

		assertThat(event.subject()).isNull();
		assertThat(event.time()).isNull();
	}

	@Test
	void aRecordWithoutAnIdIsRejected() {
		ConsumerRecord<String, byte[]> record = record("{}", "ce_type", "t", "ce_source", "/s");

		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> IncomingEvent.from(record, this.jsonMapper))
			.withMessage("The record at orders-2@7 is not a CloudEvent: it has no ce_id header");
	}

	@Test
	void aRecordWithoutATypeIsRejected() {
		ConsumerRecord<String, byte[]> record = record("{}", "ce_id", "e-1", "ce_source", "/s");

		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> IncomingEvent.from(record, this.jsonMapper))
			.withMessage("The record at orders-2@7 is not a CloudEvent: it has no ce_type header");
	}

	@Test
	void aRecordWithABlankSourceIsRejected() {
		ConsumerRecord<String, byte[]> record = record("{}", "ce_id", "e-1", "ce_type", "t", "ce_source", " ");

		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> IncomingEvent.from(record, this.jsonMapper))
			.withMessageEndingWith("it has no ce_source header");
	}

	@Test
	void aTimeThatIsNotIso8601IsRejected() {
		ConsumerRecord<String, byte[]> record = record("{}", "ce_id", "e-1", "ce_type", "t", "ce_source", "/s",
				"ce_time", "yesterday");

		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> IncomingEvent.from(record, this.jsonMapper))
			.withMessageContaining("ce_time that is not an ISO 8601 timestamp: yesterday");
	}

	@Test
	void dataThatIsNotOfTheRequestedTypeIsRejected() {
		IncomingEvent event = IncomingEvent.from(record("[1, 2]", "ce_id", "e-1", "ce_type", "t", "ce_source", "/s"),
				this.jsonMapper);

		assertThatExceptionOfType(MalformedEventException.class).isThrownBy(() -> event.dataAs(ThingRenamed.class))
			.withMessageStartingWith("The data of event e-1 (t) is not a " + ThingRenamed.class.getName());
	}

	@Test
	void eventsWithTheSameContentAreEqualAndPrintWithoutTheirData() {
		IncomingEvent one = IncomingEvent.from(record("{}", "ce_id", "e-1", "ce_type", "t", "ce_source", "/s"),
				this.jsonMapper);
		IncomingEvent same = IncomingEvent.from(record("{}", "ce_id", "e-1", "ce_type", "t", "ce_source", "/s"),
				this.jsonMapper);

		assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
		assertThat(one).hasToString("IncomingEvent[id=e-1, type=t, source=/s, subject=null, time=null, data=2 bytes]");
	}

	private static ConsumerRecord<String, byte[]> record(String value, String... headers) {
		ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("orders", 2, 7, "key",
				value.getBytes(StandardCharsets.UTF_8));
		for (int i = 0; i < headers.length; i += 2) {
			record.headers().add(headers[i], headers[i + 1].getBytes(StandardCharsets.UTF_8));
		}
		return record;
	}

}

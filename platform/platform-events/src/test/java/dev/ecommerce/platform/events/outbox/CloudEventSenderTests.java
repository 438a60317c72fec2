package dev.ecommerce.platform.events.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CloudEventSenderTests {

	@Test
	void anOutboxEventBecomesABinaryModeCloudEventKeyedByItsSubject() {
		UUID id = UUID.fromString("0b6f3c1e-8f1a-4b7e-9a53-5d2f0c6a7e11");
		OutboxEvent event = new OutboxEvent(id, "product.events", "p-1", "dev.ecommerce.product.ProductCreated.v1",
				"/product-service", "p-1", Instant.parse("2030-01-02T03:04:05.123456Z"), "{\"name\": \"Lamp\"}");

		ProducerRecord<String, byte[]> record = CloudEventSender.record(event);

		assertThat(record.topic()).isEqualTo("product.events");
		assertThat(record.key()).isEqualTo("p-1");
		assertThat(record.partition()).isNull();
		assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{\"name\": \"Lamp\"}");
		assertThat(record.headers().toArray()).extracting(Header::key, CloudEventSenderTests::text)
			.containsExactly(tuple("ce_specversion", "1.0"), tuple("ce_id", "0b6f3c1e-8f1a-4b7e-9a53-5d2f0c6a7e11"),
					tuple("ce_type", "dev.ecommerce.product.ProductCreated.v1"), tuple("ce_source", "/product-service"),
					tuple("ce_time", "2030-01-02T03:04:05.123456Z"), tuple("ce_subject", "p-1"),
					tuple("content-type", "application/json"));
	}

	private static String text(Header header) {
		return new String(header.value(), StandardCharsets.UTF_8);
	}

}

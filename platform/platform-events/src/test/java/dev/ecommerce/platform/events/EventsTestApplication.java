package dev.ecommerce.platform.events;

import java.time.Instant;
import java.util.UUID;

import dev.ecommerce.platform.events.inbox.HandledEvents;
import dev.ecommerce.platform.events.inbox.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * A service as every service uses this module: it publishes through the outbox, and a
 * listener consumes its own topic idempotently; another listener fails, to show retries
 * and dead letters.
 */
@SpringBootApplication
public class EventsTestApplication {

	/**
	 * The topic that follows from {@code spring.application.name=events-test-service}.
	 */
	public static final String TOPIC = "events-test.events";

	public static final String FAILING_TOPIC = "events-test.failing";

	public static final String TYPE = "dev.ecommerce.test.ThingRenamed.v1";

	public static final String LISTENER = "events-test-listener";

	@Bean
	TestClock clock() {
		return new TestClock(Instant.parse("2030-01-01T00:00:00Z"));
	}

	@Bean
	ReceivedEvents receivedEvents() {
		return new ReceivedEvents();
	}

	@Bean
	Listeners listeners(HandledEvents handledEvents, JdbcTemplate jdbc, JsonMapper jsonMapper,
			ReceivedEvents received) {
		return new Listeners(handledEvents, jdbc, jsonMapper, received);
	}

	static class Listeners {

		private final HandledEvents handledEvents;

		private final JdbcTemplate jdbc;

		private final JsonMapper jsonMapper;

		private final ReceivedEvents received;

		Listeners(HandledEvents handledEvents, JdbcTemplate jdbc, JsonMapper jsonMapper, ReceivedEvents received) {
			this.handledEvents = handledEvents;
			this.jdbc = jdbc;
			this.jsonMapper = jsonMapper;
			this.received = received;
		}

		/** Records a thing per event handled, so that a test can count the effects. */
		@KafkaListener(topics = TOPIC)
		void on(ConsumerRecord<String, byte[]> record) {
			IncomingEvent event = IncomingEvent.from(record, this.jsonMapper);
			this.handledEvents.handleOnce(LISTENER, event, () -> this.jdbc
				.update("INSERT INTO thing (id, name) VALUES (?, ?)", UUID.randomUUID(), "handled " + event.id()));
			this.received.add(record);
		}

		@KafkaListener(topics = FAILING_TOPIC, groupId = "events-test-failing")
		void fail(ConsumerRecord<String, byte[]> record) {
			this.received.attempted(record);
			IncomingEvent event = IncomingEvent.from(record, this.jsonMapper);
			throw new IllegalStateException("Cannot handle " + event.id());
		}

	}

}

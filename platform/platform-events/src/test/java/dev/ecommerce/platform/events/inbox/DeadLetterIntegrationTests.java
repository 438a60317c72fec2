package dev.ecommerce.platform.events.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.platform.events.CloudEventHeaders;
import dev.ecommerce.platform.events.EventsIntegrationTest;
import dev.ecommerce.platform.events.EventsTestApplication;
import dev.ecommerce.platform.events.ReceivedEvents;
import dev.ecommerce.platform.events.TestTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.support.KafkaHeaders;

import static dev.ecommerce.platform.events.ReceivedEvents.header;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test application's failing listener, with one retry configured.
 */
@EventsIntegrationTest
class DeadLetterIntegrationTests {

	private static final String DEAD_LETTERS = EventsTestApplication.FAILING_TOPIC + ".dlt";

	@Autowired
	private ReceivedEvents received;

	@Test
	void aRecordThatIsNotACloudEventGoesToTheDeadLetterTopicWithoutRetries() throws Exception {
		String key = UUID.randomUUID().toString();
		byte[] value = "not an event".getBytes(StandardCharsets.UTF_8);
		send(new ProducerRecord<>(EventsTestApplication.FAILING_TOPIC, null, key, value, new RecordHeaders()));

		ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter(key);

		assertThat(deadLetter.value()).isEqualTo(value);
		assertThat(header(deadLetter, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN))
			.isEqualTo(MalformedEventException.class.getName());
		assertThat(this.received.attempts(key)).isOne();
	}

	@Test
	void aRecordTheListenerKeepsFailingOnIsRetriedThenSentToTheDeadLetterTopic() throws Exception {
		String key = UUID.randomUUID().toString();
		String id = UUID.randomUUID().toString();
		byte[] value = "{}".getBytes(StandardCharsets.UTF_8);
		RecordHeaders headers = new RecordHeaders();
		headers.add(CloudEventHeaders.ID, id.getBytes(StandardCharsets.UTF_8));
		headers.add(CloudEventHeaders.TYPE, EventsTestApplication.TYPE.getBytes(StandardCharsets.UTF_8));
		headers.add(CloudEventHeaders.SOURCE, "/elsewhere".getBytes(StandardCharsets.UTF_8));
		send(new ProducerRecord<>(EventsTestApplication.FAILING_TOPIC, null, key, value, headers));

		ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter(key);

		assertThat(deadLetter.value()).isEqualTo(value);
		assertThat(header(deadLetter, CloudEventHeaders.ID)).isEqualTo(id);
		assertThat(header(deadLetter, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN))
			.isEqualTo(IllegalStateException.class.getName());
		// the first delivery and the one retry configured for the test application
		assertThat(this.received.attempts(key)).isEqualTo(2);
	}

	private static void send(ProducerRecord<String, byte[]> record) throws Exception {
		try (Producer<String, byte[]> producer = TestTopics.producer(TestTopics.brokers())) {
			producer.send(record).get();
		}
	}

	private static ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
		List<ConsumerRecord<String, byte[]>> deadLetters = TestTopics.read(TestTopics.brokers(), DEAD_LETTERS, 1,
				(record) -> key.equals(record.key()), Duration.ofSeconds(30));
		assertThat(deadLetters).hasSize(1);
		return deadLetters.get(0);
	}

}

package dev.ecommerce.platform.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import static org.awaitility.Awaitility.await;

/**
 * Reads and writes topics directly, as another service would, without the test
 * application's listeners.
 */
public final class TestTopics {

	private TestTopics() {
	}

	/** The test run's broker. */
	public static String brokers() {
		return System.getProperty("spring.embedded.kafka.brokers");
	}

	public static Producer<String, byte[]> producer(String brokers) {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
	}

	/**
	 * Reads the topic from its start, in a group of its own, until the records that match
	 * number {@code count}.
	 */
	public static List<ConsumerRecord<String, byte[]>> read(String brokers, String topic, int count,
			Predicate<ConsumerRecord<String, byte[]>> matching, Duration timeout) {
		List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
		try (Consumer<String, byte[]> consumer = consumer(brokers)) {
			consumer.subscribe(List.of(topic));
			await().pollInSameThread().atMost(timeout).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> {
					if (matching.test(record)) {
						found.add(record);
					}
				});
				return found.size() >= count;
			});
		}
		return found;
	}

	private static Consumer<String, byte[]> consumer(String brokers) {
		return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest", ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
	}

}

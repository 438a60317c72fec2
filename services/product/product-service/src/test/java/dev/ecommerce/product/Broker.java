package dev.ecommerce.product;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;

/**
 * The test run's embedded Kafka broker, as another service sees it: sends CloudEvents in
 * binary mode and reads a topic from its start.
 */
public final class Broker {

	private Broker() {
	}

	public static String servers() {
		return System.getProperty("spring.embedded.kafka.brokers");
	}

	/**
	 * Sends a record with CloudEvents headers.
	 * @param topic the topic
	 * @param key the key
	 * @param headers {@code ce_id}, {@code ce_type} and so on; {@code null} values are
	 * left out
	 * @param value the body
	 */
	public static void send(String topic, String key, Map<String, @Nullable String> headers, byte[] value)
			throws Exception {
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
			ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
			headers.forEach((name, header) -> {
				if (header != null) {
					record.headers().add(name, header.getBytes(StandardCharsets.UTF_8));
				}
			});
			producer.send(record).get();
		}
	}

	/** Reads a topic from its start, in a consumer group of its own. */
	public static final class Reader implements AutoCloseable {

		private final KafkaConsumer<String, byte[]> consumer;

		private final List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();

		public Reader(String topic) {
			this.consumer = new KafkaConsumer<>(
					Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers(), ConsumerConfig.GROUP_ID_CONFIG,
							"test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
							ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
							ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
			this.consumer.subscribe(List.of(topic));
		}

		/**
		 * The records received so far with the given key, after one more poll.
		 * @param key the key
		 * @return the records, in the order of the topic
		 */
		public List<ConsumerRecord<String, byte[]>> withKey(String key) {
			this.consumer.poll(Duration.ofMillis(200)).forEach(this.received::add);
			return this.received.stream().filter((record) -> key.equals(record.key())).toList();
		}

		@Override
		public void close() {
			this.consumer.close();
		}

	}

	public static @Nullable String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}

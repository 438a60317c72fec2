package dev.ecommerce.platform.events.inbox;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Where records go that a listener cannot handle: {@code <topic>.dlt}, with the original
 * key, value and headers plus Spring Kafka's exception headers, to be inspected and
 * replayed by hand. It has a producer of its own, because the service's default template
 * serializes values as strings, while a consumed value here is bytes.
 */
class DeadLetters implements AutoCloseable {

	private final DefaultKafkaProducerFactory<String, byte[]> producers;

	private final DeadLetterPublishingRecoverer recoverer;

	DeadLetters(Map<String, Object> kafkaConfig, String suffix) {
		Map<String, Object> config = new HashMap<>(kafkaConfig);
		config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
		config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		this.producers = new DefaultKafkaProducerFactory<>(config);
		// a negative partition lets the key choose it, so the dead-letter topic may have
		// fewer partitions than the original
		this.recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(this.producers),
				(record, exception) -> new TopicPartition(record.topic() + suffix, -1));
	}

	DeadLetterPublishingRecoverer recoverer() {
		return this.recoverer;
	}

	@Override
	public void close() {
		this.producers.destroy();
	}

}

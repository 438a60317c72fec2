package dev.ecommerce.platform.events.inbox;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Kafka consumer settings that fit CloudEvents, as defaults that anything the service
 * sets overrides (they are the environment's last property source): String keys, the
 * value as bytes for {@link IncomingEvent}, a new consumer group reads a topic from its
 * start, and the group is named after the application.
 */
class KafkaConsumerDefaults implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE_NAME = "ecommerceEventsKafkaDefaults";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("spring.kafka.consumer.key-deserializer", StringDeserializer.class.getName());
		defaults.put("spring.kafka.consumer.value-deserializer", ByteArrayDeserializer.class.getName());
		// a service that starts consuming after events were published must still see them
		defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
		if (environment.containsProperty("spring.application.name")) {
			defaults.put("spring.kafka.consumer.group-id", "${spring.application.name}");
		}
		environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, defaults));
	}

	/**
	 * After the configuration files are read, so that the application's name is known.
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}

package dev.ecommerce.platform.events.inbox;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaConsumerDefaultsTests {

	@Test
	void consumersReadBytesFromTheStartInAGroupNamedAfterTheApplication() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.application.name", "order-service");

		new KafkaConsumerDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("spring.kafka.consumer.key-deserializer"))
			.isEqualTo(StringDeserializer.class.getName());
		assertThat(environment.getProperty("spring.kafka.consumer.value-deserializer"))
			.isEqualTo(ByteArrayDeserializer.class.getName());
		assertThat(environment.getProperty("spring.kafka.consumer.auto-offset-reset")).isEqualTo("earliest");
		assertThat(environment.getProperty("spring.kafka.consumer.group-id")).isEqualTo("order-service");
	}

	@Test
	void whatTheServiceSetsWins() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.application.name", "order-service")
			.withProperty("spring.kafka.consumer.group-id", "orders")
			.withProperty("spring.kafka.consumer.auto-offset-reset", "latest");

		new KafkaConsumerDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("spring.kafka.consumer.group-id")).isEqualTo("orders");
		assertThat(environment.getProperty("spring.kafka.consumer.auto-offset-reset")).isEqualTo("latest");
	}

	@Test
	void anUnnamedApplicationGetsNoGroup() {
		MockEnvironment environment = new MockEnvironment();

		new KafkaConsumerDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.containsProperty("spring.kafka.consumer.group-id")).isFalse();
	}

}

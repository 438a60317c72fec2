package dev.ecommerce.platform.events;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EventsPropertiesTests {

	@Test
	void aServiceThatSetsNothingGetsSafeDefaults() {
		EventsProperties properties = bind(Map.of());

		assertThat(properties.topic()).isNull();
		assertThat(properties.source()).isNull();
		assertThat(properties.relay()).isEqualTo(new EventsProperties.Relay(true, Duration.ofMillis(500), 100,
				Duration.ofSeconds(10), Duration.ofDays(7), Duration.ofHours(1), Duration.ofSeconds(2)));
		assertThat(properties.producer()).isEqualTo(new EventsProperties.Producer(Duration.ofSeconds(5),
				Duration.ofSeconds(15), Duration.ofSeconds(5), Duration.ofSeconds(2)));
		assertThat(properties.consumer()).isEqualTo(new EventsProperties.Consumer(3, Duration.ofSeconds(1),
				Duration.ofSeconds(10), ".dlt", Duration.ofDays(14)));
	}

	@Test
	void settingsAreReadFromTheirNamespace() {
		EventsProperties properties = bind(Map.of("ecommerce.events.relay.poll-interval", "2s",
				"ecommerce.events.relay.batch-size", "10", "ecommerce.events.relay.enabled", "false"));

		assertThat(properties.relay().pollInterval()).isEqualTo(Duration.ofSeconds(2));
		assertThat(properties.relay().batchSize()).isEqualTo(10);
		assertThat(properties.relay().enabled()).isFalse();
	}

	@Test
	void anEmptyBatchIsRefused() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("ecommerce.events.relay.batch-size", "0")))
			.havingRootCause()
			.withMessage("ecommerce.events.relay.batch-size must be at least 1");
	}

	@Test
	void aDeliveryTimeoutShorterThanARequestIsRefused() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("ecommerce.events.producer.delivery-timeout", "1s")))
			.havingRootCause()
			.withMessageContaining("delivery-timeout must not be shorter than request-timeout");
	}

	@Test
	void aZeroPollIntervalIsRefused() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("ecommerce.events.relay.poll-interval", "0s")))
			.havingRootCause()
			.withMessageContaining("poll-interval must be positive");
	}

	private static EventsProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("ecommerce.events",
				EventsProperties.class);
	}

}

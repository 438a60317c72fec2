package dev.ecommerce.platform.events.outbox;

import dev.ecommerce.platform.events.EventsAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which beans a service gets. No database or broker is reached: nothing here connects.
 */
class OutboxAutoConfigurationTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EventsAutoConfiguration.class, OutboxAutoConfiguration.class,
				JacksonAutoConfiguration.class, DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, KafkaAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:postgresql://localhost:1/none",
				"spring.application.name=order-service");

	@Test
	void aServiceGetsTheOutboxAndItsRelay() {
		this.contexts.run((context) -> {
			assertThat(context).hasSingleBean(Outbox.class).hasSingleBean(OutboxRelay.class);
			assertThat(context.getBean(EventOrigin.class)).isEqualTo(new EventOrigin("order.events", "/order-service"));
		});
	}

	@Test
	void aServiceWithTheRelaySwitchedOffStillRecordsEvents() {
		this.contexts.withPropertyValues("ecommerce.events.relay.enabled=false").run((context) -> {
			assertThat(context).hasSingleBean(Outbox.class);
			assertThat(context).doesNotHaveBean(OutboxRelay.class).doesNotHaveBean(CloudEventSender.class);
		});
	}

}

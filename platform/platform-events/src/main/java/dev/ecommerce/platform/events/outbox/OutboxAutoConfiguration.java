package dev.ecommerce.platform.events.outbox;

import java.time.Clock;

import dev.ecommerce.platform.events.EventsAutoConfiguration;
import dev.ecommerce.platform.events.EventsProperties;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox and its relay. The relay can be switched off with
 * {@code ecommerce.events.relay.enabled=false} (events are then recorded but not sent).
 */
@AutoConfiguration(
		after = { EventsAutoConfiguration.class, JacksonAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, KafkaAutoConfiguration.class })
public final class OutboxAutoConfiguration {

	@Bean
	EventOrigin eventOrigin(EventsProperties properties, Environment environment) {
		return EventOrigin.of(properties, environment.getProperty("spring.application.name"));
	}

	@Bean
	OutboxEvents outboxEvents(JdbcTemplate jdbc) {
		return new OutboxEvents(jdbc);
	}

	@Bean
	OutboxMetrics outboxMetrics(OutboxEvents events, ObjectProvider<Clock> clock) {
		return new OutboxMetrics(events, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	RelayWakeup outboxRelayWakeup() {
		return new RelayWakeup();
	}

	@Bean
	Outbox outbox(OutboxEvents events, EventOrigin origin, JsonMapper jsonMapper, ObjectProvider<Clock> clock,
			RelayWakeup wakeup) {
		return new Outbox(events, origin, jsonMapper, clock.getIfAvailable(Clock::systemUTC), wakeup);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "ecommerce.events.relay.enabled", matchIfMissing = true)
	static class RelayConfiguration {

		@Bean
		CloudEventSender outboxEventSender(ProducerFactory<?, ?> kafkaProducerFactory, EventsProperties properties,
				EventOrigin origin) {
			return new CloudEventSender(kafkaProducerFactory.getConfigurationProperties(), properties.producer(),
					origin.topic() + "-outbox-relay");
		}

		@Bean
		OutboxRelay outboxRelay(OutboxEvents events, CloudEventSender sender, PlatformTransactionManager transactions,
				ObjectProvider<Clock> clockProvider, EventsProperties properties, RelayWakeup wakeup) {
			Clock clock = clockProvider.getIfAvailable(Clock::systemUTC);
			RelayRound round = new RelayRound(events, sender, new TransactionTemplate(transactions), clock,
					properties.relay(), properties.consumer().handledRetention());
			return new OutboxRelay(round, wakeup, clock, properties.relay());
		}

	}

}

package dev.ecommerce.platform.events.inbox;

import java.time.Clock;

import dev.ecommerce.platform.events.EventsAutoConfiguration;
import dev.ecommerce.platform.events.EventsProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Idempotent consumption, and what happens to a record a listener fails on.
 */
@AutoConfiguration(after = { EventsAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
		DataSourceTransactionManagerAutoConfiguration.class, KafkaAutoConfiguration.class })
public final class InboxAutoConfiguration {

	@Bean
	HandledEvents handledEvents(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			ObjectProvider<Clock> clock) {
		return new HandledEvents(jdbc, new TransactionTemplate(transactions), clock.getIfAvailable(Clock::systemUTC));
	}

	/**
	 * A failed record is retried a few times with a growing pause (a database hiccup
	 * passes), then sent to {@code <topic>.dlt} so that it no longer blocks its
	 * partition. A record that is not a CloudEvent goes there at once. Boot's listener
	 * container factory picks the error handler up; a service that declares its own
	 * {@link CommonErrorHandler} replaces all of this.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(CommonErrorHandler.class)
	static class DeadLetterConfiguration {

		@Bean
		DeadLetters eventDeadLetters(ProducerFactory<?, ?> kafkaProducerFactory, EventsProperties properties) {
			return new DeadLetters(kafkaProducerFactory.getConfigurationProperties(),
					properties.consumer().deadLetterSuffix());
		}

		@Bean
		DefaultErrorHandler eventsErrorHandler(DeadLetters deadLetters, EventsProperties properties) {
			EventsProperties.Consumer settings = properties.consumer();
			ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(settings.retries());
			backOff.setInitialInterval(settings.retryInterval().toMillis());
			backOff.setMultiplier(2);
			backOff.setMaxInterval(settings.maxRetryInterval().toMillis());
			DefaultErrorHandler errorHandler = new DefaultErrorHandler(deadLetters.recoverer(), backOff);
			errorHandler.addNotRetryableExceptions(MalformedEventException.class);
			return errorHandler;
		}

	}

}

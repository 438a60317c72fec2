package dev.ecommerce.platform.events.inbox;

import dev.ecommerce.platform.events.EventsAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Which beans a service gets. No database or broker is reached: nothing here connects.
 */
class InboxAutoConfigurationTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EventsAutoConfiguration.class, InboxAutoConfiguration.class,
				DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, KafkaAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:postgresql://localhost:1/none");

	@Test
	void listenersRetryThenSendToTheDeadLetterTopic() {
		this.contexts.run((context) -> {
			assertThat(context).hasSingleBean(HandledEvents.class).hasSingleBean(DeadLetters.class);
			assertThat(context).getBean(CommonErrorHandler.class).isInstanceOf(DefaultErrorHandler.class);
			assertThat(context.getBean(ConcurrentKafkaListenerContainerFactory.class)
				.createContainer("orders.events")
				.getCommonErrorHandler()).isSameAs(context.getBean(CommonErrorHandler.class));
		});
	}

	@Test
	void aServicesOwnErrorHandlerReplacesTheDeadLetterTopic() {
		CommonErrorHandler own = mock(CommonErrorHandler.class);
		this.contexts.withBean(CommonErrorHandler.class, () -> own).run((context) -> {
			assertThat(context).getBean(CommonErrorHandler.class).isSameAs(own);
			assertThat(context).doesNotHaveBean(DeadLetters.class);
		});
	}

}

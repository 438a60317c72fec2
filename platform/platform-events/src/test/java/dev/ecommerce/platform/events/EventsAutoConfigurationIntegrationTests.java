package dev.ecommerce.platform.events;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ConsumerFactory;

import static org.assertj.core.api.Assertions.assertThat;

@EventsIntegrationTest
class EventsAutoConfigurationIntegrationTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ConsumerFactory<?, ?> consumerFactory;

	@Test
	void theTablesAreMigratedAfterTheServicesOwnWithAHistoryOfTheirOwn() {
		assertThat(this.jdbc.queryForList(
				"SELECT script FROM flyway_schema_history WHERE success ORDER BY installed_rank", String.class))
			.containsExactly("V1__thing.sql");
		assertThat(this.jdbc.queryForList(
				"SELECT script FROM flyway_platform_events_history WHERE success AND type = 'SQL' ORDER BY installed_rank",
				String.class))
			.containsExactly("V1__outbox_and_handled_events.sql", "V2__handled_event_retention.sql");
	}

	@Test
	void consumersReadStringKeysAndByteValuesFromTheStartInTheApplicationsGroup() {
		assertThat(this.consumerFactory.getConfigurationProperties())
			.containsEntry(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class)
			.containsEntry(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class)
			.containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
			.containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "events-test-service");
	}

}

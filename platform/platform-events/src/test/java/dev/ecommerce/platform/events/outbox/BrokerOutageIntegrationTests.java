package dev.ecommerce.platform.events.outbox;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.platform.events.CloudEventHeaders;
import dev.ecommerce.platform.events.EventsIntegrationTest;
import dev.ecommerce.platform.events.EventsProperties;
import dev.ecommerce.platform.events.EventsTestApplication;
import dev.ecommerce.platform.events.TestClock;
import dev.ecommerce.platform.events.TestTopics;
import dev.ecommerce.platform.events.ThingRenamed;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.ecommerce.platform.events.EventsTestApplication.TYPE;
import static dev.ecommerce.platform.events.ReceivedEvents.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay against a broker that is down when the event commits and comes back later.
 * The application's own relay pauses meanwhile; a second relay, built as the application
 * builds its own, points at a port where no broker listens yet.
 */
@EventsIntegrationTest
class BrokerOutageIntegrationTests {

	private static final EventsProperties.Relay QUICK_RELAY = new EventsProperties.Relay(true, Duration.ofMillis(100),
			100, Duration.ofMillis(500), Duration.ofDays(7), Duration.ofHours(1), Duration.ofSeconds(2));

	private static final EventsProperties.Producer QUICK_PRODUCER = new EventsProperties.Producer(Duration.ofSeconds(1),
			Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ofSeconds(1));

	@Autowired
	private OutboxRelay applicationRelay;

	@Autowired
	private OutboxEvents events;

	@Autowired
	private Outbox outbox;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private ProducerFactory<?, ?> producerFactory;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void anEventCommittedWhileTheBrokerIsDownIsDeliveredWhenItIsBack() throws IOException {
		int port = freePort();
		Map<String, Object> kafkaConfig = new HashMap<>(this.producerFactory.getConfigurationProperties());
		kafkaConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port);
		TransactionTemplate transactions = new TransactionTemplate(this.transactionManager);
		this.applicationRelay.stop();
		try (CloudEventSender sender = new CloudEventSender(kafkaConfig, QUICK_PRODUCER, "outage-test")) {
			OutboxRelay relay = new OutboxRelay(
					new RelayRound(this.events, sender, transactions, this.clock, QUICK_RELAY, Duration.ofDays(14)),
					new RelayWakeup(), this.clock, QUICK_RELAY);
			relay.start();
			try {
				String subject = UUID.randomUUID().toString();
				transactions.executeWithoutResult(
						(status) -> this.outbox.publish(TYPE, subject, new ThingRenamed("Sent later", 1)));
				UUID id = this.jdbc.queryForObject("SELECT id FROM outbox_event WHERE subject = ?", UUID.class,
						subject);

				await().atMost(Duration.ofSeconds(10)).until(relay::failing);
				assertThat(publishedAt(id)).isNull();
				OutboxMetrics metrics = new OutboxMetrics(this.events, this.clock);
				String committedAt = this.clock.instant().toString();
				this.clock.advance(Duration.ofSeconds(90));
				assertThat(metrics.unpublished()).isGreaterThanOrEqualTo(1);
				assertThat(metrics.oldestAgeSeconds()).isGreaterThanOrEqualTo(90);

				EmbeddedKafkaBroker broker = startBrokerOn(port);
				try {
					List<ConsumerRecord<String, byte[]>> records = TestTopics.read("localhost:" + port,
							EventsTestApplication.TOPIC, 1, (record) -> subject.equals(record.key()),
							Duration.ofSeconds(30));
					assertThat(records).singleElement().satisfies((record) -> {
						assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
						assertThat(header(record, CloudEventHeaders.ID)).isEqualTo(id.toString());
						assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo(TYPE);
						assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/events-test-service");
						assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(subject);
						assertThat(header(record, CloudEventHeaders.TIME)).isEqualTo(committedAt);
					});
					await().atMost(Duration.ofSeconds(10)).until(() -> publishedAt(id) != null);
					assertThat(relay.failing()).isFalse();
					assertThat(metrics.unpublished()).isZero();
					assertThat(metrics.oldestAgeSeconds()).isZero();
				}
				finally {
					broker.destroy();
				}
			}
			finally {
				relay.stop();
			}
		}
		finally {
			this.applicationRelay.start();
		}
	}

	@Test
	void aRelayBlockedOnAnUnreachableBrokerDoesNotHoldUpShutdown() throws IOException {
		Map<String, Object> kafkaConfig = new HashMap<>(this.producerFactory.getConfigurationProperties());
		kafkaConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + freePort());
		EventsProperties.Producer blocking = new EventsProperties.Producer(Duration.ofMinutes(1), Duration.ofMinutes(2),
				Duration.ofSeconds(30), Duration.ofSeconds(1));
		EventsProperties.Relay settings = new EventsProperties.Relay(true, Duration.ofMillis(100), 100,
				Duration.ofMillis(500), Duration.ofDays(7), Duration.ofHours(1), Duration.ofMillis(200));
		TransactionTemplate transactions = new TransactionTemplate(this.transactionManager);
		this.applicationRelay.stop();
		try (CloudEventSender sender = new CloudEventSender(kafkaConfig, blocking, "shutdown-test")) {
			String subject = UUID.randomUUID().toString();
			transactions
				.executeWithoutResult((status) -> this.outbox.publish(TYPE, subject, new ThingRenamed("Stuck", 1)));
			OutboxRelay relay = new OutboxRelay(
					new RelayRound(this.events, sender, transactions, this.clock, settings, Duration.ofDays(14)),
					new RelayWakeup(), this.clock, settings);
			relay.start();
			// the relay holds its lock while it waits for the broker
			await().atMost(Duration.ofSeconds(10)).until(() -> !relayLockFree(transactions));

			long started = System.nanoTime();
			relay.stop();
			Duration stopping = Duration.ofNanos(System.nanoTime() - started);

			assertThat(stopping).isLessThan(Duration.ofSeconds(3));
			assertThat(relay.isRunning()).isFalse();
			assertThat(relayLockFree(transactions)).isTrue();
			assertThat(this.jdbc.queryForObject(
					"SELECT count(*) FROM outbox_event WHERE subject = ? AND published_at IS NULL", Integer.class,
					subject))
				.isOne();
		}
		finally {
			this.applicationRelay.start();
		}
	}

	private boolean relayLockFree(TransactionTemplate transactions) {
		return Boolean.TRUE.equals(transactions.execute((status) -> this.jdbc
			.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, OutboxEvents.RELAY_LOCK)));
	}

	/**
	 * A broker whose clients' listener is on the given port. KRaft test brokers ignore
	 * {@code kafkaPorts}, so the port gets a listener of its own beside the test kit's.
	 */
	private static EmbeddedKafkaBroker startBrokerOn(int port) {
		String runBrokers = System.getProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS);
		EmbeddedKafkaBroker broker = new EmbeddedKafkaKraftBroker(1, 1, EventsTestApplication.TOPIC)
			.brokerProperties(Map.of("listeners",
					"EXTERNAL://localhost:0,CONTROLLER://localhost:0,RETURNED://localhost:" + port,
					"listener.security.protocol.map", "EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,RETURNED:PLAINTEXT"))
			// keep the test run's broker the one that Spring contexts see
			.brokerListProperty("outage-test.brokers");
		try {
			broker.afterPropertiesSet();
		}
		finally {
			System.setProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS, runBrokers);
		}
		return broker;
	}

	private Object publishedAt(UUID id) {
		return this.jdbc.queryForObject("SELECT published_at FROM outbox_event WHERE id = ?", Object.class, id);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

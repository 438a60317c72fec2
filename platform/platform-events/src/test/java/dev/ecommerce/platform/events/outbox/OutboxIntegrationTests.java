package dev.ecommerce.platform.events.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.platform.events.CloudEventHeaders;
import dev.ecommerce.platform.events.EventsIntegrationTest;
import dev.ecommerce.platform.events.EventsTestApplication;
import dev.ecommerce.platform.events.ReceivedEvents;
import dev.ecommerce.platform.events.TestClock;
import dev.ecommerce.platform.events.ThingRenamed;
import dev.ecommerce.platform.events.inbox.HandledEvents;
import dev.ecommerce.platform.events.inbox.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.ecommerce.platform.events.EventsTestApplication.TYPE;
import static dev.ecommerce.platform.events.ReceivedEvents.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

@EventsIntegrationTest
class OutboxIntegrationTests {

	private static final Duration DELIVERY = Duration.ofSeconds(20);

	@Autowired
	private Outbox outbox;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ReceivedEvents received;

	@Autowired
	private JsonMapper jsonMapper;

	@Autowired
	private TestClock clock;

	@Autowired
	private RelayWakeup wakeup;

	@Autowired
	private HandledEvents handledEvents;

	@Test
	void aCommittedEventIsSentAsACloudEventKeyedByItsSubject() {
		String subject = newSubject();
		this.transactions.executeWithoutResult((status) -> {
			insertThing(subject);
			this.outbox.publish(TYPE, subject, new ThingRenamed("Lamp", 1));
		});
		UUID id = rowIds(subject).get(0);

		ConsumerRecord<String, byte[]> record = awaitReceived(subject, 1).get(0);

		assertThat(record.topic()).isEqualTo(EventsTestApplication.TOPIC);
		assertThat(record.key()).isEqualTo(subject);
		assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
		assertThat(header(record, CloudEventHeaders.ID)).isEqualTo(id.toString());
		assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo(TYPE);
		assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/events-test-service");
		assertThat(header(record, CloudEventHeaders.TIME)).isEqualTo(this.clock.instant().toString());
		assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(subject);
		assertThat(header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
		assertThat(this.jsonMapper.readTree(record.value()))
			.isEqualTo(this.jsonMapper.readTree("{\"name\":\"Lamp\",\"number\":1}"));
		await().atMost(DELIVERY).until(() -> publishedAt(id) != null);
	}

	@Test
	void aRolledBackTransactionPublishesNothing() {
		String subject = newSubject();
		assertThatIllegalStateException().isThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			insertThing(subject);
			this.outbox.publish(TYPE, subject, new ThingRenamed("Rolled back", 1));
			throw new IllegalStateException("the change fails after publishing");
		}));
		assertThat(rowIds(subject)).isEmpty();
		assertThat(things(subject)).isZero();

		// same key, so same partition: had the first been sent, it would arrive first
		this.transactions
			.executeWithoutResult((status) -> this.outbox.publish(TYPE, subject, new ThingRenamed("Committed", 2)));

		List<ConsumerRecord<String, byte[]>> records = awaitReceived(subject, 1);
		assertThat(records).hasSize(1);
		assertThat(data(records.get(0))).isEqualTo(new ThingRenamed("Committed", 2));
		assertThat(rowIds(subject)).hasSize(1);
	}

	@Test
	void oneSubjectsEventsArriveInPublishOrder() {
		String subject = newSubject();
		String other = newSubject();
		for (int number = 1; number <= 6; number++) {
			int n = number;
			this.transactions.executeWithoutResult((status) -> {
				this.outbox.publish(TYPE, subject, new ThingRenamed("Name " + n, n));
				this.outbox.publish(TYPE, other, new ThingRenamed("Other " + n, n));
			});
		}
		List<String> ids = rowIds(subject).stream().map(UUID::toString).toList();

		List<ConsumerRecord<String, byte[]>> records = awaitReceived(subject, 6);

		assertThat(records).extracting((record) -> header(record, CloudEventHeaders.ID)).containsExactlyElementsOf(ids);
		assertThat(records).extracting((record) -> data(record).number()).containsExactly(1, 2, 3, 4, 5, 6);
	}

	@Test
	void anEventSentTwiceKeepsItsIdAndTakesEffectOnce() {
		String subject = newSubject();
		this.transactions
			.executeWithoutResult((status) -> this.outbox.publish(TYPE, subject, new ThingRenamed("Twice", 1)));
		UUID id = rowIds(subject).get(0);
		awaitReceived(subject, 1);
		await().atMost(DELIVERY).until(() -> publishedAt(id) != null);

		// as when the relay dies after Kafka acknowledged but before the mark committed
		this.jdbc.update("UPDATE outbox_event SET published_at = NULL WHERE id = ?", id);
		this.wakeup.signal();

		List<ConsumerRecord<String, byte[]>> records = awaitReceived(subject, 2);
		assertThat(records).extracting((record) -> header(record, CloudEventHeaders.ID))
			.containsExactly(id.toString(), id.toString());
		assertThat(records.get(1).value()).isEqualTo(records.get(0).value());
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM thing WHERE name = ?", Integer.class, "handled " + id))
			.isOne();
	}

	@Test
	void publishingOutsideATransactionIsRefused() {
		String subject = newSubject();
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.outbox.publish(TYPE, subject, new ThingRenamed("Alone", 1)))
			.withMessageContaining("needs an active transaction");
		assertThat(rowIds(subject)).isEmpty();
	}

	@Test
	void anEventTypeThatDoesNotFollowTheConventionIsRefused() {
		String subject = newSubject();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.transactions.executeWithoutResult(
					(status) -> this.outbox.publish("ThingRenamed", subject, new ThingRenamed("Badly typed", 1))))
			.withMessageContaining("dev.ecommerce.<service>.<EventName>.v<n>");
		assertThat(rowIds(subject)).isEmpty();
	}

	@Test
	void publishedEventsAreDeletedAfterTheRetention() {
		String subject = newSubject();
		this.transactions
			.executeWithoutResult((status) -> this.outbox.publish(TYPE, subject, new ThingRenamed("Old", 1)));
		UUID id = rowIds(subject).get(0);
		await().atMost(DELIVERY).until(() -> publishedAt(id) != null);

		this.clock.advance(Duration.ofDays(7).plusHours(1));
		String later = newSubject();
		this.transactions
			.executeWithoutResult((status) -> this.outbox.publish(TYPE, later, new ThingRenamed("New", 2)));

		await().atMost(DELIVERY).until(() -> rowIds(subject).isEmpty());
		assertThat(rowIds(later)).hasSize(1);
	}

	@Test
	void handledEventIdsAreForgottenAfterTheirRetention() {
		IncomingEvent old = incoming();
		this.handledEvents.handleOnce("retention-test", old, () -> {
		});

		this.clock.advance(Duration.ofDays(14).plusHours(1));
		IncomingEvent recent = incoming();
		this.handledEvents.handleOnce("retention-test", recent, () -> {
		});
		this.transactions
			.executeWithoutResult((status) -> this.outbox.publish(TYPE, newSubject(), new ThingRenamed("Any", 3)));
		this.wakeup.signal();

		await().atMost(DELIVERY).until(() -> handled(old.id()) == 0);
		assertThat(handled(recent.id())).isOne();
	}

	private IncomingEvent incoming() {
		return new IncomingEvent(UUID.randomUUID().toString(), TYPE, "/elsewhere", "thing-1", this.clock.instant(),
				"{}".getBytes(StandardCharsets.UTF_8), this.jsonMapper);
	}

	private int handled(String eventId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM handled_event WHERE event_id = ?", Integer.class,
				eventId);
	}

	private List<ConsumerRecord<String, byte[]>> awaitReceived(String subject, int count) {
		await().atMost(DELIVERY).until(() -> this.received.about(subject).size() >= count);
		return this.received.about(subject);
	}

	private ThingRenamed data(ConsumerRecord<String, byte[]> record) {
		return IncomingEvent.from(record, this.jsonMapper).dataAs(ThingRenamed.class);
	}

	private void insertThing(String name) {
		this.jdbc.update("INSERT INTO thing (id, name) VALUES (?, ?)", UUID.randomUUID(), name);
	}

	private int things(String name) {
		return this.jdbc.queryForObject("SELECT count(*) FROM thing WHERE name = ?", Integer.class, name);
	}

	private List<UUID> rowIds(String subject) {
		return this.jdbc.queryForList("SELECT id FROM outbox_event WHERE subject = ? ORDER BY sequence", UUID.class,
				subject);
	}

	private Object publishedAt(UUID id) {
		return this.jdbc.queryForObject("SELECT published_at FROM outbox_event WHERE id = ?", Object.class, id);
	}

	private static String newSubject() {
		return UUID.randomUUID().toString();
	}

}

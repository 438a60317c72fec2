package dev.ecommerce.platform.events.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import dev.ecommerce.platform.events.EventsIntegrationTest;
import dev.ecommerce.platform.events.EventsTestApplication;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@EventsIntegrationTest
class HandledEventsIntegrationTests {

	@Autowired
	private HandledEvents handledEvents;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JsonMapper jsonMapper;

	@Test
	void aRedeliveredEventHasItsEffectOnce() {
		IncomingEvent event = newEvent();

		boolean first = this.handledEvents.handleOnce("stock", event, () -> applyEffect(event));
		boolean again = this.handledEvents.handleOnce("stock", event, () -> applyEffect(event));

		assertThat(first).isTrue();
		assertThat(again).isFalse();
		assertThat(effects(event)).isOne();
		assertThat(recorded("stock", event)).isOne();
	}

	@Test
	void anEffectThatFailsLeavesNothingRecordedSoThatARetryAppliesIt() {
		IncomingEvent event = newEvent();

		assertThatIllegalStateException().isThrownBy(() -> this.handledEvents.handleOnce("stock", event, () -> {
			applyEffect(event);
			throw new IllegalStateException("the effect fails half way");
		})).withMessage("the effect fails half way");
		assertThat(effects(event)).isZero();
		assertThat(recorded("stock", event)).isZero();

		assertThat(this.handledEvents.handleOnce("stock", event, () -> applyEffect(event))).isTrue();
		assertThat(this.handledEvents.handleOnce("stock", event, () -> applyEffect(event))).isFalse();
		assertThat(effects(event)).isOne();
	}

	@Test
	void eachConsumerHandlesAnEventOnce() {
		IncomingEvent event = newEvent();

		assertThat(this.handledEvents.handleOnce("stock", event, () -> applyEffect(event))).isTrue();
		assertThat(this.handledEvents.handleOnce("mail", event, () -> applyEffect(event))).isTrue();
		assertThat(this.handledEvents.handleOnce("mail", event, () -> applyEffect(event))).isFalse();

		assertThat(effects(event)).isEqualTo(2);
	}

	@Test
	void handlingJoinsTheCallersTransactionAndRollsBackWithIt() {
		IncomingEvent event = newEvent();

		assertThatIllegalStateException().isThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			assertThat(this.handledEvents.handleOnce("stock", event, () -> applyEffect(event))).isTrue();
			throw new IllegalStateException("the caller fails after handling");
		}));
		assertThat(effects(event)).isZero();
		assertThat(recorded("stock", event)).isZero();

		assertThat(this.handledEvents.handleOnce("stock", event, () -> applyEffect(event))).isTrue();
		assertThat(effects(event)).isOne();
	}

	private IncomingEvent newEvent() {
		return new IncomingEvent(UUID.randomUUID().toString(), EventsTestApplication.TYPE, "/elsewhere", "thing-1",
				Instant.parse("2030-01-01T00:00:00Z"), "{}".getBytes(StandardCharsets.UTF_8), this.jsonMapper);
	}

	private void applyEffect(IncomingEvent event) {
		this.jdbc.update("INSERT INTO thing (id, name) VALUES (?, ?)", UUID.randomUUID(), "effect of " + event.id());
	}

	private int effects(IncomingEvent event) {
		return this.jdbc.queryForObject("SELECT count(*) FROM thing WHERE name = ?", Integer.class,
				"effect of " + event.id());
	}

	private int recorded(String consumer, IncomingEvent event) {
		return this.jdbc.queryForObject("SELECT count(*) FROM handled_event WHERE consumer = ? AND event_id = ?",
				Integer.class, consumer, event.id());
	}

}

package dev.ecommerce.platform.events.outbox;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelayOutageTests {

	private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

	private final RelayOutage outage = new RelayOutage(Duration.ofMillis(500), Duration.ofSeconds(10));

	@Test
	void thePauseDoublesWithEachFailedAttemptUpToTheMaximum() {
		IllegalStateException failure = new IllegalStateException("broker down");

		assertThat(this.outage.failed(failure, NOW)).isEqualTo(Duration.ofMillis(500));
		assertThat(this.outage.failed(failure, NOW)).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.outage.failed(failure, NOW)).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.outage.failed(failure, NOW)).isEqualTo(Duration.ofSeconds(4));
		assertThat(this.outage.failed(failure, NOW)).isEqualTo(Duration.ofSeconds(8));
		assertThat(this.outage.failed(failure, NOW)).isEqualTo(Duration.ofSeconds(10));
		for (int i = 0; i < 100; i++) {
			this.outage.failed(failure, NOW);
		}
		assertThat(this.outage.pause()).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void aSuccessEndsTheOutage() {
		this.outage.failed(new IllegalStateException("broker down"), NOW);
		assertThat(this.outage.ongoing()).isTrue();

		this.outage.succeeded(NOW.plusSeconds(3));

		assertThat(this.outage.ongoing()).isFalse();
		assertThat(this.outage.pause()).isZero();
		assertThat(this.outage.failed(new IllegalStateException("down again"), NOW)).isEqualTo(Duration.ofMillis(500));
	}

}

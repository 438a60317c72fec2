package dev.ecommerce.order.checkout;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CheckoutPropertiesTests {

	private final CheckoutProperties properties = new CheckoutProperties(Duration.ofMinutes(15), 6,
			Duration.ofSeconds(1), Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofSeconds(1), 20,
			Duration.ofMinutes(30));

	@Test
	void theBackoffDoublesFromTheFirstFailureUpToTheLongestPause() {
		assertThat(this.properties.backoff(1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.properties.backoff(2)).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.properties.backoff(4)).isEqualTo(Duration.ofSeconds(8));
		assertThat(this.properties.backoff(5)).isEqualTo(Duration.ofSeconds(15));
		assertThat(this.properties.backoff(1000)).isEqualTo(Duration.ofSeconds(15));
	}

	@Test
	void stockMustBeHeldLongerThanAnOrderMayStayPending() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CheckoutProperties(Duration.ofMinutes(15), 6, Duration.ofSeconds(1),
					Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofSeconds(1), 20, Duration.ofMinutes(15)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CheckoutProperties(Duration.ofMinutes(15), 0, Duration.ofSeconds(1),
					Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofSeconds(1), 20, Duration.ofMinutes(30)));
	}

}

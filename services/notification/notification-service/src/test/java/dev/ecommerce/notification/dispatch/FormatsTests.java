package dev.ecommerce.notification.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import dev.ecommerce.notification.NotificationProperties;
import dev.ecommerce.platform.api.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

	@Test
	void moneyIsWrittenInTheLanguageOfTheMessageFromMinorUnits() {
		assertThat(new Formats(Locale.ENGLISH).money(Money.of(1299, "GBP"))).isEqualTo("£12.99");
		assertThat(new Formats(Locale.GERMAN).money(Money.of(1299, "EUR")).replace('\u00a0', ' ')).isEqualTo("12,99 €");
		assertThat(new Formats(Locale.ENGLISH).money(Money.of(500, "JPY"))).as("a currency without minor units")
			.endsWith("500");
		assertThat(new Formats(Locale.ENGLISH).money(null)).isEmpty();
	}

	@Test
	void timesAreWrittenInUtc() {
		// newer JDKs (CLDR 42) put a narrow no-break space before AM
		assertThat(new Formats(Locale.ENGLISH).time(Instant.parse("2030-01-01T10:30:00Z")).replace('\u202f', ' '))
			.isEqualTo("Jan 1, 2030, 10:30:00 AM UTC");
	}

	@Test
	void thePauseBetweenAttemptsDoublesUpToTheLongest() {
		NotificationProperties.Delivery delivery = new NotificationProperties.Delivery(Duration.ofSeconds(1), 20, 5,
				Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(2));
		assertThat(delivery.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(delivery.backoffAfter(2)).isEqualTo(Duration.ofSeconds(60));
		assertThat(delivery.backoffAfter(3)).isEqualTo(Duration.ofSeconds(120));
		assertThat(delivery.backoffAfter(4)).isEqualTo(Duration.ofMinutes(2));
		assertThat(delivery.backoffAfter(40)).isEqualTo(Duration.ofMinutes(2));
	}

}

package dev.ecommerce.notification;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notification service, all optional.
 *
 * @param links Where the links in messages point
 * @param mail The mails' sender
 * @param unsubscribeSecret The key that signs unsubscribe links; by default a random one
 * per start (links from before a restart then stop working): set it in production
 * @param delivery How delivery is retried
 * @param sms The SMS provider (Twilio's API); SMS is off until an account is set
 * @param webhook How sellers' webhooks are called
 */
@ConfigurationProperties("ecommerce.notification")
public record NotificationProperties(@DefaultValue Links links, @DefaultValue Mail mail,
		@Nullable String unsubscribeSecret, @DefaultValue Delivery delivery, @DefaultValue Sms sms,
		@DefaultValue Webhook webhook) {

	/**
	 * @param storefront The shop's web site: order pages, the password reset page
	 * @param api The public address of this API (the gateway): unsubscribe links
	 */
	public record Links(@DefaultValue("http://localhost:8080") URI storefront,
			@DefaultValue("http://localhost:8080") URI api) {
	}

	/**
	 * @param from The sender of every mail
	 */
	public record Mail(@DefaultValue("Shop <no-reply@shop.example>") String from) {
	}

	/**
	 * @param pollInterval How often due notifications are looked for
	 * @param batchSize How many are delivered in one round
	 * @param maxAttempts Attempts before a notification is FAILED
	 * @param initialBackoff The pause after the first failed attempt; each next one
	 * doubles
	 * @param maxBackoff The longest pause between attempts
	 * @param lease How long a notification being delivered is kept from other rounds (an
	 * instance that dies mid-delivery leaves it to be tried again after this)
	 */
	public record Delivery(@DefaultValue("1s") Duration pollInterval, @DefaultValue("20") int batchSize,
			@DefaultValue("5") int maxAttempts, @DefaultValue("30s") Duration initialBackoff,
			@DefaultValue("1h") Duration maxBackoff, @DefaultValue("2m") Duration lease) {

		public Delivery {
			if (maxAttempts < 1) {
				throw new IllegalArgumentException("ecommerce.notification.delivery.max-attempts must be at least 1");
			}
			if (batchSize < 1) {
				throw new IllegalArgumentException("ecommerce.notification.delivery.batch-size must be at least 1");
			}
		}

		/** The pause after the given number of failed attempts: doubling, capped. */
		public Duration backoffAfter(int failedAttempts) {
			Duration pause = this.initialBackoff;
			for (int i = 1; i < failedAttempts && pause.compareTo(this.maxBackoff) < 0; i++) {
				pause = pause.multipliedBy(2);
			}
			return (pause.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : pause;
		}

	}

	/**
	 * @param baseUrl The provider's API
	 * @param accountSid The account; SMS is sent only when it is set
	 * @param authToken The account's secret
	 * @param from The sending number
	 * @param timeout How long one call may take
	 */
	public record Sms(@DefaultValue("https://api.twilio.com") URI baseUrl, @Nullable String accountSid,
			@Nullable String authToken, @DefaultValue("+15005550006") String from,
			@DefaultValue("5s") Duration timeout) {

		public boolean enabled() {
			return this.accountSid != null && !this.accountSid.isBlank();
		}

	}

	/**
	 * @param timeout How long one call of a seller's webhook may take
	 */
	public record Webhook(@DefaultValue("5s") Duration timeout) {
	}

}

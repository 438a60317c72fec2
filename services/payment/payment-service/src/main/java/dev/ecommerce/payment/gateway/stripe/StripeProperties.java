package dev.ecommerce.payment.gateway.stripe;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Stripe, on when {@code api-key} is given.
 *
 * @param apiKey the secret key ({@code sk_test_…}, {@code sk_live_…})
 * @param apiBase where the API is (a stand-in in tests)
 * @param webhookSecret the endpoint's signing secret ({@code whsec_…}); without it every
 * webhook is refused
 * @param returnUrl where the customer lands after 3-D Secure, if redirects are wanted
 * @param maxNetworkRetries how often the SDK repeats a call that failed on the network or
 * with a 5xx, always with the same idempotency key
 * @param connectTimeout connect timeout
 * @param readTimeout read timeout
 */
@ConfigurationProperties("ecommerce.payment.stripe")
public record StripeProperties(@Nullable String apiKey, @DefaultValue("https://api.stripe.com") String apiBase,
		@Nullable String webhookSecret, @Nullable String returnUrl, @DefaultValue("2") int maxNetworkRetries,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout) {

}

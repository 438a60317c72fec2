package dev.ecommerce.payment.gateway.paypal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * PayPal, on when {@code client-id} is given.
 *
 * @param clientId the REST app's client id
 * @param clientSecret its secret
 * @param apiBase where the API is: PayPal's sandbox by default, live in production
 * @param webhookId the id of our webhook at PayPal, which its verification needs; without
 * it every webhook is refused
 * @param returnUrl where PayPal sends the buyer after approving
 * @param cancelUrl where PayPal sends the buyer after cancelling
 * @param maxAttempts attempts of a call that failed on the network or with a 5xx, always
 * with the same {@code PayPal-Request-Id}
 * @param connectTimeout connect timeout
 * @param readTimeout read timeout
 */
@ConfigurationProperties("ecommerce.payment.paypal")
public record PayPalProperties(@Nullable String clientId, @Nullable String clientSecret,
		@DefaultValue("https://api-m.sandbox.paypal.com") String apiBase, @Nullable String webhookId,
		@DefaultValue("http://localhost:8080/checkout/paypal/return") String returnUrl,
		@DefaultValue("http://localhost:8080/checkout/paypal/cancel") String cancelUrl,
		@DefaultValue("3") int maxAttempts, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("30s") Duration readTimeout) {

}

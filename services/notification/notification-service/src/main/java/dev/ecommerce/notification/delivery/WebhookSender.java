package dev.ecommerce.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.ecommerce.notification.NotificationProperties;
import dev.ecommerce.notification.api.Channel;
import dev.ecommerce.notification.webhook.SellerWebhook;
import dev.ecommerce.notification.webhook.SellerWebhooks;

import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Posts a seller's notifications to its webhook, signed as Stripe signs its own:
 * {@code X-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">} with the
 * seller's secret, so that the seller can check both origin and freshness.
 */
@Component
class WebhookSender implements ChannelSender {

	static final String SIGNATURE_HEADER = "X-Signature";

	private final SellerWebhooks webhooks;

	private final Clock clock;

	private final RestClient client;

	WebhookSender(SellerWebhooks webhooks, Clock clock, NotificationProperties properties) {
		this.webhooks = webhooks;
		this.clock = clock;
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(properties.webhook().timeout());
		requests.setReadTimeout(properties.webhook().timeout());
		this.client = RestClient.builder().requestFactory(requests).build();
	}

	@Override
	public Channel channel() {
		return Channel.WEBHOOK;
	}

	@Override
	public void send(Outgoing notification) {
		SellerWebhook webhook = this.webhooks.find(notification.recipientId())
			.orElseThrow(() -> new DeliveryFailedException("The seller removed its webhook"));
		long timestamp = this.clock.instant().getEpochSecond();
		try {
			this.client.post()
				.uri(webhook.url())
				.contentType(MediaType.APPLICATION_JSON)
				.header(SIGNATURE_HEADER, signature(webhook.secret(), timestamp, notification.text()))
				.header("X-Notification-Id", notification.id().toString())
				.header("X-Notification-Type", notification.kind())
				.body(notification.text().getBytes(StandardCharsets.UTF_8))
				.retrieve()
				.toBodilessEntity();
		}
		catch (RestClientResponseException ex) {
			throw new DeliveryFailedException("The webhook answered " + ex.getStatusCode().value(), ex);
		}
		catch (RestClientException ex) {
			throw new DeliveryFailedException("The webhook is unreachable: " + ex.getMessage(), ex);
		}
	}

	static String signature(String secret, long timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}

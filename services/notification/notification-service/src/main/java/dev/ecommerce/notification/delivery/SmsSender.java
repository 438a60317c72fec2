package dev.ecommerce.notification.delivery;

import dev.ecommerce.notification.NotificationProperties;
import dev.ecommerce.notification.api.Channel;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Texts through Twilio's Messages API: a form {@code POST} to
 * {@code /2010-04-01/Accounts/{sid}/Messages.json} with HTTP basic authentication.
 * Present only when an account is configured.
 */
@Component
@ConditionalOnProperty("ecommerce.notification.sms.account-sid")
class SmsSender implements ChannelSender {

	private final RestClient client;

	private final NotificationProperties.Sms settings;

	SmsSender(NotificationProperties properties) {
		this.settings = properties.sms();
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(this.settings.timeout());
		requests.setReadTimeout(this.settings.timeout());
		this.client = RestClient.builder()
			.baseUrl(this.settings.baseUrl().toString())
			.requestFactory(requests)
			.defaultHeaders((headers) -> headers.setBasicAuth(String.valueOf(this.settings.accountSid()),
					String.valueOf(this.settings.authToken())))
			.build();
	}

	@Override
	public Channel channel() {
		return Channel.SMS;
	}

	@Override
	public void send(Outgoing notification) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("To", notification.address());
		form.add("From", this.settings.from());
		form.add("Body", notification.text());
		try {
			this.client.post()
				.uri("/2010-04-01/Accounts/{sid}/Messages.json", this.settings.accountSid())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.toBodilessEntity();
		}
		catch (RestClientResponseException ex) {
			throw new DeliveryFailedException("SMS provider answered " + ex.getStatusCode().value(), ex);
		}
		catch (RestClientException ex) {
			throw new DeliveryFailedException("SMS provider unreachable: " + ex.getMessage(), ex);
		}
	}

}

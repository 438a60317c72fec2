package dev.ecommerce.payment.gateway.paypal;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import dev.ecommerce.payment.gateway.GatewayUnavailableException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Calls PayPal's REST API with an OAuth2 access token from the client-credentials grant,
 * kept until shortly before it expires. A call that fails on the network or with a 5xx is
 * repeated with the same {@code PayPal-Request-Id}, which PayPal answers with the first
 * outcome; after the last attempt the outcome is unknown.
 */
class PayPalApi {

	private static final Logger log = LoggerFactory.getLogger(PayPalApi.class);

	private final RestClient rest;

	private final PayPalProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	private @Nullable String accessToken;

	private Instant tokenExpiresAt = Instant.MIN;

	PayPalApi(RestClient.Builder builder, PayPalProperties properties, JsonMapper json, Clock clock) {
		this.properties = properties;
		this.json = json;
		this.clock = clock;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.connectTimeout())
			.build());
		requests.setReadTimeout(properties.readTimeout());
		this.rest = builder.clone().baseUrl(properties.apiBase()).requestFactory(requests).build();
	}

	/** A reply: its status and its JSON body (an empty object when there is none). */
	record Reply(int status, JsonNode body) {

		boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

		/**
		 * PayPal's first issue in an error reply, such as {@code INSTRUMENT_DECLINED}.
		 */
		String issue() {
			JsonNode details = this.body.path("details");
			String issue = (details.isArray() && !details.isEmpty()) ? details.get(0).path("issue").asString("") : "";
			return !issue.isBlank() ? issue : this.body.path("name").asString("UNPROCESSABLE_ENTITY");
		}

	}

	Reply post(String path, @Nullable String requestId, Object body) {
		return call(HttpMethod.POST, path, requestId, body);
	}

	Reply get(String path) {
		return call(HttpMethod.GET, path, null, null);
	}

	private Reply call(HttpMethod method, String path, @Nullable String requestId, @Nullable Object body) {
		GatewayUnavailableException last = null;
		for (int attempt = 1; attempt <= Math.max(1, this.properties.maxAttempts()); attempt++) {
			try {
				Reply reply = send(method, path, requestId, body, token(false));
				if (reply.status() == 401) {
					reply = send(method, path, requestId, body, token(true));
				}
				if (reply.status() < 500 && reply.status() != 429) {
					return reply;
				}
				last = new GatewayUnavailableException("PayPal answered " + reply.status() + " to " + path);
			}
			catch (ResourceAccessException ex) {
				last = new GatewayUnavailableException("PayPal did not answer " + path + ": " + ex.getMessage(), ex);
			}
			catch (GatewayUnavailableException ex) {
				// no access token yet: nothing was sent, so trying again is safe
				last = ex;
			}
			log.warn("PayPal attempt {} of {} at {} failed: {}", attempt, this.properties.maxAttempts(), path,
					last.getMessage());
		}
		throw last;
	}

	private Reply send(HttpMethod method, String path, @Nullable String requestId, @Nullable Object body,
			String token) {
		RestClient.RequestBodySpec request = this.rest.method(method)
			.uri(path)
			.header("Authorization", "Bearer " + token)
			.header("Prefer", "return=representation")
			.accept(MediaType.APPLICATION_JSON);
		if (requestId != null) {
			request.header("PayPal-Request-Id", requestId);
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request
			.exchange((req, res) -> new Reply(res.getStatusCode().value(), read(res.getBody().readAllBytes())));
	}

	private JsonNode read(byte[] body) {
		if (body.length == 0) {
			return JsonNodeFactory.instance.objectNode();
		}
		try {
			return this.json.readTree(body);
		}
		catch (RuntimeException ex) {
			return JsonNodeFactory.instance.objectNode();
		}
	}

	private synchronized String token(boolean renew) {
		if (!renew && this.accessToken != null && this.clock.instant().isBefore(this.tokenExpiresAt)) {
			return this.accessToken;
		}
		String credentials = Base64.getEncoder()
			.encodeToString((this.properties.clientId() + ":" + this.properties.clientSecret())
				.getBytes(StandardCharsets.UTF_8));
		try {
			Reply reply = this.rest.post()
				.uri("/v1/oauth2/token")
				.header("Authorization", "Basic " + credentials)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.accept(MediaType.APPLICATION_JSON)
				.body("grant_type=client_credentials")
				.exchange((req, res) -> new Reply(res.getStatusCode().value(), read(res.getBody().readAllBytes())));
			String token = reply.body().path("access_token").asString("");
			if (!reply.ok() || token.isBlank()) {
				throw new GatewayUnavailableException("PayPal refused our client credentials (" + reply.status() + ")");
			}
			long lifetime = reply.body().path("expires_in").asLong(300);
			this.accessToken = token;
			this.tokenExpiresAt = this.clock.instant().plusSeconds(Math.max(0, lifetime - 60));
			return token;
		}
		catch (ResourceAccessException ex) {
			throw new GatewayUnavailableException("PayPal did not answer the token request", ex);
		}
	}

	/**
	 * The JSON text of a webhook body as a tree, to embed in the verification request.
	 */
	JsonNode tree(String body) {
		return this.json.readTree(body);
	}

	static Map<String, Object> amount(String currency, String value) {
		return Map.of("currency_code", currency, "value", value);
	}

}

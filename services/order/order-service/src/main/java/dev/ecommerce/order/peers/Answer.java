package dev.ecommerce.order.peers;

import java.util.Objects;
import java.util.UUID;

import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import org.springframework.web.client.RestClient;

/**
 * A peer's answer: its status and JSON body, read tolerantly (unknown members are
 * ignored, so a peer may add fields).
 *
 * @param service the peer
 * @param status the HTTP status
 * @param body the body, or a missing node
 */
record Answer(String service, int status, JsonNode body) {

	static Answer of(String service, RestClient.RequestHeadersSpec<?> request) {
		return Objects.requireNonNull(request.exchange((req, res) -> {
			JsonNode body;
			try {
				body = res.bodyTo(JsonNode.class);
			}
			catch (RuntimeException ex) {
				body = null;
			}
			return new Answer(service, res.getStatusCode().value(), (body != null) ? body : MissingNode.getInstance());
		}));
	}

	boolean ok() {
		return this.status >= 200 && this.status < 300;
	}

	/**
	 * An answer the caller did not expect: retried, as a peer that misbehaves for now.
	 */
	PeerFailedException unexpected() {
		return new PeerFailedException(this.service, this.status, text(this.body, "detail"));
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isMissingNode() || value.isNull()) ? "" : value.asString();
	}

	static @Nullable String optionalText(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isMissingNode() || value.isNull() || value.asString().isBlank()) ? null : value.asString();
	}

	static @Nullable UUID uuid(JsonNode node, String field) {
		String text = optionalText(node, field);
		try {
			return (text != null) ? UUID.fromString(text) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Money as {@code {"amount", "currency"}}, or a bare amount in minor units beside a
	 * {@code currency} member of the enclosing object.
	 */
	static @Nullable Money money(JsonNode node, String field, @Nullable String fallbackCurrency) {
		JsonNode value = node.path(field);
		if (value.isObject() && value.path("amount").isIntegralNumber() && value.path("currency").isString()) {
			return Money.of(value.path("amount").asLong(), value.path("currency").asString());
		}
		String currency = (optionalText(node, "currency") != null) ? optionalText(node, "currency") : fallbackCurrency;
		if (value.isIntegralNumber() && currency != null) {
			return Money.of(value.asLong(), currency);
		}
		return null;
	}

}

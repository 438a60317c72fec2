package dev.ecommerce.order.peers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.order.api.ShippingAddress;
import dev.ecommerce.platform.api.Money;
import dev.ecommerce.platform.web.client.ServiceClients;
import dev.ecommerce.platform.web.problem.InvalidRequestException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The shipping service: a rate by its id ({@code GET /shippings/rates/{rateId}}), the
 * shipment of an order ({@code POST /shippings}, idempotent per order), voiding its label
 * before pickup ({@code DELETE /shippings/{id}}).
 */
@Component
public class ShippingClient {

	private static final String SERVICE = "shipping";

	private final RestClient rest;

	ShippingClient(ServiceClients clients) {
		this.rest = clients.restClient(SERVICE);
	}

	/** A shipping rate as the shipping service vouches for it. */
	public record Rate(String rateId, @Nullable String carrier, @Nullable String service, @Nullable Money amount) {

	}

	/** A shipment created for an order. */
	public record Shipment(UUID id, @Nullable String carrier, @Nullable String trackingNumber,
			@Nullable String status) {

	}

	/**
	 * The rate, checked by the shipping service (a signed token).
	 * @throws InvalidRequestException when it is forged or expired
	 */
	public Rate rate(String rateId) {
		Answer answer = Answer.of(SERVICE, this.rest.get().uri("/shippings/rates/{rateId}", rateId));
		if (answer.status() == 404 || answer.status() == 410 || answer.status() == 400) {
			throw new InvalidRequestException("shippingRateId",
					"is not a valid shipping rate (unknown or expired); ask for rates again");
		}
		if (!answer.ok()) {
			throw answer.unexpected();
		}
		return new Rate(rateId, Answer.optionalText(answer.body(), "carrier"),
				Answer.optionalText(answer.body(), "service"), Answer.money(answer.body(), "amount", null));
	}

	/**
	 * Has the order's shipment created, one parcel of the weight the rate was quoted for;
	 * the same order again answers the same shipment.
	 * @param orderNumber printed on the label
	 * @param userId the customer, who may then see the shipment
	 */
	public Shipment create(UUID orderId, String rateId, ShippingAddress address, String orderNumber, UUID userId) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("orderId", orderId);
		request.put("rateId", rateId);
		request.put("address", address);
		request.put("orderNumber", orderNumber);
		request.put("userId", userId);
		Answer answer = Answer.of(SERVICE,
				this.rest.post()
					.uri("/shippings")
					.header("Idempotency-Key", "order-" + orderId + "-shipment")
					.contentType(MediaType.APPLICATION_JSON)
					.body(request));
		UUID id = Answer.uuid(answer.body(), "id");
		if (!answer.ok() || id == null) {
			throw answer.unexpected();
		}
		return new Shipment(id, Answer.optionalText(answer.body(), "carrier"),
				Answer.optionalText(answer.body(), "trackingNumber"), Answer.optionalText(answer.body(), "status"));
	}

	/**
	 * Voids the shipment's label.
	 * @return {@code false} when the carrier already has the parcel
	 */
	public boolean cancel(UUID shipmentId) {
		Answer answer = Answer.of(SERVICE, this.rest.delete().uri("/shippings/{id}", shipmentId));
		if (answer.status() == 409) {
			return false;
		}
		if (!answer.ok() && answer.status() != 404) {
			throw answer.unexpected();
		}
		return true;
	}

}

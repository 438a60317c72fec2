package dev.ecommerce.order.peers;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.inventory.api.Allocation;
import dev.ecommerce.inventory.api.MovementKind;
import dev.ecommerce.inventory.api.ReservationLine;
import dev.ecommerce.inventory.api.ReservationRequest;
import dev.ecommerce.inventory.api.ReservationStatus;
import dev.ecommerce.inventory.api.StockAdjustmentRequest;
import dev.ecommerce.platform.web.client.ServiceClients;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The inventory service: reservations of an order's stock (idempotent per order), their
 * commit and release, and returned goods back on hand.
 */
@Component
public class InventoryClient {

	private static final String SERVICE = "inventory";

	private final RestClient rest;

	InventoryClient(ServiceClients clients) {
		this.rest = clients.restClient(SERVICE);
	}

	/**
	 * What the inventory answered about an order's stock.
	 *
	 * @param id the reservation, when there is one
	 * @param status where it is; {@code null} when the stock could not cover the order
	 * @param allocations which store holds what
	 * @param problem the inventory's explanation of a refusal
	 */
	public record Reservation(@Nullable UUID id, @Nullable ReservationStatus status, List<Allocation> allocations,
			@Nullable String problem) {

		public boolean outOfStock() {
			return this.status == null;
		}

	}

	/**
	 * Holds the order's stock, all lines or none; the same order again answers the same
	 * reservation.
	 */
	public Reservation reserve(UUID orderId, List<ReservationLine> lines, int ttlSeconds) {
		Answer answer = Answer.of(SERVICE,
				this.rest.post()
					.uri("/inventory/reservations")
					.contentType(MediaType.APPLICATION_JSON)
					.body(new ReservationRequest(orderId, lines, ttlSeconds)));
		if (answer.status() == 409 && Answer.text(answer.body(), "type").endsWith("/out-of-stock")) {
			return new Reservation(null, null, List.of(), shortLines(answer.body()));
		}
		return reservation(answer);
	}

	/**
	 * Stock leaves with the order; {@code status} tells whether it was released or
	 * expired instead.
	 */
	public Reservation commit(UUID reservationId) {
		return change(reservationId, "commit");
	}

	/** Stock returns; a committed reservation answers as it is. */
	public Reservation release(UUID reservationId) {
		return change(reservationId, "release");
	}

	/**
	 * Puts returned units back on hand in a store, once per key: a {@code RETURN}
	 * movement.
	 */
	public void restock(UUID storeId, String sku, int quantity, String note, String key) {
		Answer answer = Answer.of(SERVICE,
				this.rest.post()
					.uri("/stores/{storeId}/stock/{sku}/adjustments", storeId, sku)
					.header("Idempotency-Key", key)
					.contentType(MediaType.APPLICATION_JSON)
					.body(new StockAdjustmentRequest(quantity, MovementKind.RETURN, note)));
		if (!answer.ok()) {
			throw answer.unexpected();
		}
	}

	private Reservation change(UUID reservationId, String action) {
		Answer answer = Answer.of(SERVICE,
				this.rest.post().uri("/inventory/reservations/{id}/" + action, reservationId));
		if (answer.status() == 409) {
			// committed, released or expired: read it as it is
			return reservation(Answer.of(SERVICE, this.rest.get().uri("/inventory/reservations/{id}", reservationId)));
		}
		return reservation(answer);
	}

	private static Reservation reservation(Answer answer) {
		UUID id = Answer.uuid(answer.body(), "id");
		String status = Answer.optionalText(answer.body(), "status");
		if (!answer.ok() || id == null || status == null) {
			throw answer.unexpected();
		}
		List<Allocation> allocations = new ArrayList<>();
		for (JsonNode allocation : answer.body().path("allocations")) {
			UUID storeId = Answer.uuid(allocation, "storeId");
			if (storeId != null) {
				allocations
					.add(new Allocation(Answer.text(allocation, "sku"), storeId, allocation.path("quantity").asInt()));
			}
		}
		return new Reservation(id, ReservationStatus.valueOf(status), allocations, null);
	}

	private static String shortLines(JsonNode problem) {
		List<String> lines = new ArrayList<>();
		for (JsonNode line : problem.path("shortLines")) {
			lines.add(line.path("sku").asString() + " (" + line.path("requested").asInt() + " asked, "
					+ line.path("available").asInt() + " available)");
		}
		return lines.isEmpty() ? "out of stock" : "out of stock: " + String.join(", ", lines);
	}

}

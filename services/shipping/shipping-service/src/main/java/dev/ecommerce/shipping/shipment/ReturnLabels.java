package dev.ecommerce.shipping.shipment;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import dev.ecommerce.shipping.api.ReturnLabelResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Return labels, in table {@code return_label}.
 */
@Repository
class ReturnLabels {

	private final JdbcClient jdbc;

	ReturnLabels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ReturnLabel> findByReturnId(UUID returnId) {
		return this.jdbc.sql("""
				SELECT id, shipment_id, return_id, tracking_number, tracking_url, weight_grams, created_at
				FROM return_label WHERE return_id = ?""")
			.param(returnId)
			.query((rs, row) -> new ReturnLabel(rs.getObject("id", UUID.class), rs.getObject("shipment_id", UUID.class),
					rs.getObject("return_id", UUID.class), rs.getString("tracking_number"),
					rs.getString("tracking_url"), rs.getLong("weight_grams"),
					rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

	void insert(ReturnLabel label) {
		this.jdbc.sql("""
				INSERT INTO return_label (id, shipment_id, return_id, tracking_number, tracking_url, weight_grams,
				created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(label.id(), label.shipmentId(), label.returnId(), label.trackingNumber(), label.trackingUrl(),
					label.weightGrams(), label.createdAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * A label for goods going back from the shopper to the shop.
	 */
	record ReturnLabel(UUID id, UUID shipmentId, UUID returnId, String trackingNumber, String trackingUrl,
			long weightGrams, Instant createdAt) {

		ReturnLabelResponse toResponse() {
			return new ReturnLabelResponse(this.id, this.shipmentId, this.returnId, this.trackingNumber,
					this.trackingUrl, "/shippings/" + this.shipmentId + "/returns/" + this.returnId + "/label",
					this.weightGrams, this.createdAt);
		}

	}

}

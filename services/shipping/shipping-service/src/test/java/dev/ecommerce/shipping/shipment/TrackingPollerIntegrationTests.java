package dev.ecommerce.shipping.shipment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.shipping.ShippingIntegrationTest;
import dev.ecommerce.shipping.api.ShipmentStatus;
import dev.ecommerce.shipping.carrier.Scan;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shipments of networks that do not call back follow their carrier's scans.
 */
class TrackingPollerIntegrationTests extends ShippingIntegrationTest {

	@Autowired
	private TrackingPoller poller;

	@Test
	void newScansAreRecordedOnceAndOutOfOrderOnesAreIgnored() {
		JsonNode shipment = shipped(UUID.randomUUID());
		String id = shipment.path("id").asString();
		String trackingNumber = shipment.path("trackingNumber").asString();
		this.jdbc.sql("UPDATE shipment SET network = 'polled' WHERE id = ?").param(UUID.fromString(id)).update();
		// the carrier's scans come after the label was made, whenever the test runs
		Instant labelled = Instant.now().plus(1, ChronoUnit.HOURS);
		Scan created = new Scan(ShipmentStatus.LABEL_CREATED, null, "Label", labelled);
		Scan pickedUp = new Scan(ShipmentStatus.PICKED_UP, "Birmingham", "Collected",
				labelled.plus(1, ChronoUnit.HOURS));
		Scan inTransit = new Scan(ShipmentStatus.IN_TRANSIT, "Leeds", "Sorted", labelled.plus(12, ChronoUnit.HOURS));
		polled.reports(trackingNumber, List.of(created, pickedUp, inTransit));

		this.poller.poll();
		this.poller.poll();

		JsonNode tracking = get("/shippings/tracking/" + trackingNumber.toLowerCase(), null).json();
		assertThat(tracking.path("status").asString()).isEqualTo("IN_TRANSIT");
		assertThat(tracking.path("events").findValuesAsString("status")).containsExactly("LABEL_CREATED", "PICKED_UP",
				"IN_TRANSIT");
		assertThat(tracking.at("/events/2/location").asString()).isEqualTo("Leeds");

		Scan delivered = new Scan(ShipmentStatus.DELIVERED, "London", "Delivered", labelled.plus(27, ChronoUnit.HOURS));
		polled.reports(trackingNumber, List.of(created, pickedUp, inTransit, delivered));
		this.poller.poll();

		assertThat(get("/shippings/" + id, TestTokens.admin()).json().path("status").asString())
			.isEqualTo("IN_TRANSIT");
		assertThat(eventsOf(id)).hasSize(3);
	}

}

package dev.ecommerce.shipping.shipment;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import dev.ecommerce.platform.api.Money;
import dev.ecommerce.shipping.api.ShipmentStatus;
import dev.ecommerce.shipping.api.ShippingAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.ecommerce.shipping.api.ShipmentStatus.DELIVERED;
import static dev.ecommerce.shipping.api.ShipmentStatus.EXCEPTION;
import static dev.ecommerce.shipping.api.ShipmentStatus.IN_TRANSIT;
import static dev.ecommerce.shipping.api.ShipmentStatus.LABEL_CREATED;
import static dev.ecommerce.shipping.api.ShipmentStatus.OUT_FOR_DELIVERY;
import static dev.ecommerce.shipping.api.ShipmentStatus.PICKED_UP;
import static dev.ecommerce.shipping.api.ShipmentStatus.RETURNED_TO_SENDER;
import static dev.ecommerce.shipping.api.ShipmentStatus.VOIDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every pair of statuses: the allowed steps move the shipment, every other step is
 * refused and leaves it as it was.
 */
class JourneyTests {

	private static final Map<ShipmentStatus, Set<ShipmentStatus>> ALLOWED = Map.of(LABEL_CREATED, EnumSet.of(PICKED_UP),
			PICKED_UP, EnumSet.of(IN_TRANSIT, EXCEPTION), IN_TRANSIT,
			EnumSet.of(IN_TRANSIT, OUT_FOR_DELIVERY, EXCEPTION, RETURNED_TO_SENDER), OUT_FOR_DELIVERY,
			EnumSet.of(DELIVERED, IN_TRANSIT, EXCEPTION), EXCEPTION,
			EnumSet.of(IN_TRANSIT, OUT_FOR_DELIVERY, RETURNED_TO_SENDER), DELIVERED,
			EnumSet.noneOf(ShipmentStatus.class), RETURNED_TO_SENDER, EnumSet.noneOf(ShipmentStatus.class), VOIDED,
			EnumSet.noneOf(ShipmentStatus.class));

	static Stream<Arguments> everyPair() {
		return Stream.of(ShipmentStatus.values())
			.flatMap((from) -> Stream.of(ShipmentStatus.values())
				.map((to) -> Arguments.of(from, to, ALLOWED.get(from).contains(to))));
	}

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@MethodSource("everyPair")
	void aShipmentTakesOnlyTheStepsOfItsJourney(ShipmentStatus from, ShipmentStatus to, boolean allowed) {
		Shipment shipment = shipment(from);
		Instant later = shipment.updatedAt().plusSeconds(60);
		if (allowed) {
			Shipment moved = shipment.moveTo(to, later);
			assertThat(moved.status()).isEqualTo(to);
			assertThat(moved.version()).isEqualTo(shipment.version() + 1);
			assertThat(moved.updatedAt()).isEqualTo(later);
		}
		else {
			assertThatExceptionOfType(ShipmentStateException.class).isThrownBy(() -> shipment.moveTo(to, later))
				.withMessageContaining(from.name())
				.withMessageContaining(to.name());
		}
	}

	@Test
	void theHappyPathIsAllowedFromLabelToDoor() {
		Shipment shipment = shipment(LABEL_CREATED);
		for (ShipmentStatus next : List.of(PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED)) {
			shipment = shipment.moveTo(next, shipment.updatedAt());
		}
		assertThat(shipment.status()).isEqualTo(DELIVERED);
	}

	@Test
	void theAddressChangesAndTheLabelIsVoidedOnlyBeforePickup() {
		ShippingAddress elsewhere = new ShippingAddress("Ada", "1 Other Road", null, "Leeds", "LS1 1AA", "GB", null);
		Shipment waiting = shipment(LABEL_CREATED);
		assertThat(waiting.readdress(elsewhere, waiting.updatedAt()).address()).isEqualTo(elsewhere);
		assertThat(waiting.voidLabel(waiting.updatedAt()).status()).isEqualTo(VOIDED);

		for (ShipmentStatus later : EnumSet.complementOf(EnumSet.of(LABEL_CREATED))) {
			Shipment shipment = shipment(later);
			assertThatExceptionOfType(ShipmentStateException.class)
				.isThrownBy(() -> shipment.readdress(elsewhere, shipment.updatedAt()));
			assertThatExceptionOfType(ShipmentStateException.class)
				.isThrownBy(() -> shipment.voidLabel(shipment.updatedAt()));
		}
	}

	static Shipment shipment(ShipmentStatus status) {
		Instant now = Instant.parse("2026-11-27T10:00:00Z");
		return new Shipment(UUID.randomUUID(), UUID.randomUUID(), "ORD-1", UUID.randomUUID(), "table", "UKPOST",
				"STANDARD", "Tracked Standard", "UK", "TT100000140GB", "https://track.example/TT100000140GB", status,
				new ShippingAddress("Ada Lovelace", "12 St James's Square", null, "London", "SW1Y 4JH", "GB", null),
				List.of(800L), Money.of(339, "GBP"), 3, now, now);
	}

}

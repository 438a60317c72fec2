package dev.ecommerce.shipping.shipment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.platform.api.Money;
import dev.ecommerce.shipping.api.Parcel;
import dev.ecommerce.shipping.api.ShipmentResponse;
import dev.ecommerce.shipping.api.ShipmentStatus;
import dev.ecommerce.shipping.api.ShippingAddress;
import dev.ecommerce.shipping.carrier.Offer;
import org.jspecify.annotations.Nullable;

/**
 * A parcel (or several) on its way to the shopper of an order.
 */
record Shipment(UUID id, UUID orderId, @Nullable String orderNumber, @Nullable UUID userId, String network,
		String carrier, String service, String serviceName, String zone, String trackingNumber, String trackingUrl,
		ShipmentStatus status, ShippingAddress address, List<Long> parcelWeights, Money cost, long version,
		Instant createdAt, Instant updatedAt) {

	long weightGrams() {
		return this.parcelWeights.stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * The shipment after a step of its journey.
	 * @throws ShipmentStateException when the journey does not allow that step now
	 */
	Shipment moveTo(ShipmentStatus next, Instant now) {
		if (!Journey.allows(this.status, next)) {
			throw new ShipmentStateException("Impossible status change",
					"Shipment " + this.trackingNumber + " is " + this.status + " and cannot become " + next + ".");
		}
		return with(next, this.address, now);
	}

	/**
	 * The shipment to another address, before pickup only.
	 */
	Shipment readdress(ShippingAddress to, Instant now) {
		requireNotPickedUp("change its address");
		return with(this.status, to, now);
	}

	/**
	 * The shipment with its label cancelled, before pickup only.
	 */
	Shipment voidLabel(Instant now) {
		requireNotPickedUp("be voided");
		return with(ShipmentStatus.VOIDED, this.address, now);
	}

	/** The offer it was bought under, to check that a new address stays in its zone. */
	Offer offer() {
		return new Offer(this.network, this.carrier, this.service, this.serviceName, this.zone, this.cost, 0, null);
	}

	boolean belongsTo(UUID user) {
		return user.equals(this.userId);
	}

	private void requireNotPickedUp(String what) {
		if (this.status != ShipmentStatus.LABEL_CREATED) {
			throw new ShipmentStateException("Shipment already " + this.status.name().toLowerCase().replace('_', ' '),
					"Shipment " + this.trackingNumber + " is " + this.status + "; it can " + what
							+ " only before the carrier picks it up.");
		}
	}

	private Shipment with(ShipmentStatus status, ShippingAddress address, Instant now) {
		return new Shipment(this.id, this.orderId, this.orderNumber, this.userId, this.network, this.carrier,
				this.service, this.serviceName, this.zone, this.trackingNumber, this.trackingUrl, status, address,
				this.parcelWeights, this.cost, this.version + 1, this.createdAt, now);
	}

	ShipmentResponse toResponse() {
		return new ShipmentResponse(this.id, this.orderId, this.orderNumber, this.userId, this.carrier, this.service,
				this.trackingNumber, this.trackingUrl, this.status, "/shippings/" + this.id + "/label", this.address,
				this.parcelWeights.stream().map(Parcel::new).toList(), weightGrams(), this.cost, this.version,
				this.createdAt, this.updatedAt);
	}

}

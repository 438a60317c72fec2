package dev.ecommerce.shipping.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A shipment for a confirmed order ({@code POST /shippings}); one per order: a repeat
 * answers the shipment already made.
 *
 * @param orderId the order
 * @param rateId the rate the shopper chose and paid for
 * @param address where it goes, in the rate's country
 * @param parcels the parcels; none: one parcel of the rate's weight
 * @param orderNumber the order's number for people, printed on the label
 * @param userId the shopper, who may then read the shipment
 */
public record ShipmentRequest(@NotNull UUID orderId, @NotBlank @Size(max = 2000) String rateId,
		@NotNull @Valid ShippingAddress address, @Nullable @Size(max = 10) List<@NotNull @Valid Parcel> parcels,
		@Nullable @Size(max = 40) String orderNumber, @Nullable UUID userId) {

}

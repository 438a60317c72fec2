package dev.ecommerce.shipping.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * What may change of a shipment before pickup ({@code PATCH /shippings/{id}}, as JSON
 * Merge Patch): the address, within the rate's country.
 *
 * @param address where it goes
 */
public record ShipmentChangeRequest(@NotNull @Valid ShippingAddress address) {

}

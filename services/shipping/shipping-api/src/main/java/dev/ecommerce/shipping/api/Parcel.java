package dev.ecommerce.shipping.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

/**
 * A parcel of a shipment.
 *
 * @param weightGrams its weight
 */
public record Parcel(@Positive @Max(100_000) long weightGrams) {

}

package dev.ecommerce.shipping.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A return label for an accepted return of a delivered shipment ({@code POST
 * /shippings/{id}/returns}); one per return: a repeat answers the same label.
 *
 * @param returnId the order service's return
 * @param parcel what goes back; none: the shipment's weight
 */
public record ReturnLabelRequest(@NotNull UUID returnId, @Nullable @Valid Parcel parcel) {

}

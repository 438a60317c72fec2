package dev.ecommerce.shipping.carrier;

import org.jspecify.annotations.Nullable;

/**
 * A bought label.
 *
 * @param trackingNumber the tracking number
 * @param trackingUrl where the shopper follows it
 * @param carrierLabelUrl the carrier's own label, if it made one
 */
public record Purchase(String trackingNumber, String trackingUrl, @Nullable String carrierLabelUrl) {

}
